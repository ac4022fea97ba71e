using FieldOps.Data.Platform;

namespace FieldOps.Data.Contracting;

/// <summary>A subcontracting company. Its portal user, if any, is linked here; everything a contractor sees is
/// resolved through this record, never from the contractor's input.</summary>
public sealed class Subcontractor : OrganizationEntity
{
    private Subcontractor()
    {
    }

    public Subcontractor(string companyName, string tradeType, string? contactPerson, string? phone, string? email)
    {
        Update(companyName, tradeType, contactPerson, phone, email, null);
        IsActive = true;
    }

    public string CompanyName { get; private set; } = "";
    public string TradeType { get; private set; } = "";
    public string? ContactPerson { get; private set; }
    public string? Phone { get; private set; }
    public string? Email { get; private set; }

    /// <summary>Rate per worker-day, used to draft voucher lines from approved daily logs.</summary>
    public decimal? DailyRate { get; private set; }

    public string? UserId { get; private set; }
    public bool IsActive { get; private set; }

    public void Update(string companyName, string tradeType, string? contactPerson, string? phone, string? email, decimal? dailyRate)
    {
        CompanyName = companyName.Trim();
        TradeType = tradeType.Trim();
        ContactPerson = Clean(contactPerson);
        Phone = Clean(phone);
        Email = Clean(email);
        DailyRate = dailyRate;
    }

    public void LinkUser(string userId) => UserId = userId;

    public void UnlinkUser() => UserId = null;

    public void SetActive(bool active) => IsActive = active;

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
