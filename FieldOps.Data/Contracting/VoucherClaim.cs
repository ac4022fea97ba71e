using FieldOps.Data.Platform;

namespace FieldOps.Data.Contracting;

/// <summary>
/// An approved daily log drafted onto a voucher. A log is claimed by at most one voucher (a unique index, so two
/// vouchers drafted at the same moment cannot both take it): the same day's work is never paid twice. Editing the
/// voucher's lines keeps its claims; deleting a draft frees them.
/// </summary>
public sealed class VoucherClaim : Entity, IOrganizationOwned
{
    private VoucherClaim()
    {
    }

    internal VoucherClaim(Guid voucherId, Guid dailyLogId)
    {
        VoucherId = voucherId;
        DailyLogId = dailyLogId;
    }

    public Guid OrganizationId { get; private set; }
    public Guid VoucherId { get; private set; }
    public Guid DailyLogId { get; private set; }
}
