namespace FieldOps.Data.Platform;

/// <summary>
/// What every operation needs to know of the caller's organization: its currency, time zone and tax. Read once per
/// operation (<see cref="FieldOpsDbContext.OrganizationAsync"/>), not by each query that needs a piece of it.
/// </summary>
public sealed record OrganizationProfile(Guid Id, string Name, Currency Currency, string TimeZoneId, decimal TaxRate, string TaxLabel)
{
    /// <summary>The organization's calendar date now.</summary>
    public DateOnly Today(TimeProvider clock) => OrganizationTime.Today(clock, TimeZoneId);
}
