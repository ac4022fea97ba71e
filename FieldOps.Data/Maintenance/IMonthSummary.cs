namespace FieldOps.Data.Maintenance;

/// <summary>A summary row of one month: the first day of the month, in the firm's calendar.</summary>
public interface IMonthSummary
{
    DateOnly Month { get; }
}
