using FieldOps.Data.Platform;
using System.Globalization;
using System.Text;

namespace FieldOps.Data.Workshop.Services;

/// <summary>
/// The keyset cursor of the jobs list: where a page ended in the newest-first order (received time, then number).
/// Opaque to clients (base64url); a cursor that does not decode is a 422 on <c>after</c>, never a 500.
/// </summary>
public static class JobCursor
{
    public static string Encode(JobSummary last) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{last.ReceivedAt.Ticks.ToString(CultureInfo.InvariantCulture)}|{last.Number}"))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static (DateTime ReceivedAt, string Number) Decode(string cursor)
    {
        try
        {
            var base64 = cursor.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(base64)).Split('|', 2);
            var ticks = long.Parse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture);
            if (parts.Length == 2 && ticks is > 0 && ticks <= DateTime.MaxValue.Ticks && parts[1].Length is > 0 and <= 20)
            {
                return (new DateTime(ticks, DateTimeKind.Utc), parts[1]);
            }
        }
        catch (Exception exception) when (exception is FormatException or OverflowException or ArgumentException)
        {
            // Reported below, as any other cursor that is not one of ours.
        }
        throw new InputValidationException("after", "This is not a cursor of the jobs list. Use the `next` value of the page before.");
    }
}
