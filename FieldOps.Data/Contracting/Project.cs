using FieldOps.Data.Platform;

namespace FieldOps.Data.Contracting;

/// <summary>A construction project the business runs, which logs and expenses can be linked to.</summary>
public sealed class Project : OrganizationEntity
{
    private Project()
    {
    }

    public Project(string code, string name, string? site)
    {
        Code = code.Trim().ToUpperInvariant();
        Update(name, site, true);
    }

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string? Site { get; private set; }
    public bool IsActive { get; private set; }

    public void Update(string name, string? site, bool isActive)
    {
        Name = name.Trim();
        Site = string.IsNullOrWhiteSpace(site) ? null : site.Trim();
        IsActive = isActive;
    }
}

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

/// <summary>Building material the business holds, shown read-only to contractors.</summary>
public sealed class MaterialStock : OrganizationEntity
{
    private MaterialStock()
    {
    }

    public MaterialStock(string itemName, string unit, decimal quantity, string? location, string? notes)
    {
        Update(itemName, unit, quantity, location, notes);
    }

    public string ItemName { get; private set; } = "";
    public string Unit { get; private set; } = "";
    public decimal Quantity { get; private set; }
    public string? Location { get; private set; }
    public string? Notes { get; private set; }

    public void Update(string itemName, string unit, decimal quantity, string? location, string? notes)
    {
        if (quantity < 0)
        {
            throw new InputValidationException("quantity", "A quantity cannot be negative.");
        }
        ItemName = itemName.Trim();
        Unit = unit.Trim();
        Quantity = quantity;
        Location = string.IsNullOrWhiteSpace(location) ? null : location.Trim();
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
    }
}
