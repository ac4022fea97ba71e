using System.Collections.Concurrent;

namespace FieldOps.Data.Platform;

/// <summary>
/// The one way FieldOps turns the clock into an organization's dates and times: "now" comes from
/// <see cref="TimeProvider"/> (never <c>DateTime.Now</c>), and "today" and the times on screen are the organization's
/// own, whatever zone the server runs in.
/// </summary>
public static class OrganizationTime
{
    public const string Utc = "UTC";

    private static readonly ConcurrentDictionary<string, TimeZoneInfo> Zones = new(StringComparer.Ordinal);

    /// <summary>The zone with <paramref name="timeZoneId"/>; UTC when this machine does not know it.</summary>
    public static TimeZoneInfo Zone(string timeZoneId) => Zones.GetOrAdd(timeZoneId, id =>
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.Utc;
        }
    });

    /// <summary>A stored UTC moment as the organization's wall-clock time.</summary>
    public static DateTime ToLocal(DateTime utc, string timeZoneId) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone(timeZoneId));

    /// <summary>The organization's calendar date now.</summary>
    public static DateOnly Today(TimeProvider clock, string timeZoneId) => DateOnly.FromDateTime(ToLocal(clock.GetUtcNow().UtcDateTime, timeZoneId));
}
