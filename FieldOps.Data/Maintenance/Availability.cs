using System.Globalization;
using System.Text.RegularExpressions;

namespace FieldOps.Data.Maintenance;

/// <summary>
/// A tenant's availability windows, written the way people write them: "Mon-Fri 08:00-12:00; Sat 09:00-13:00". The
/// tenant form builds this text; a visit can then be checked against it. Free text that is not in this form
/// ("evenings after six") is kept and shown, but cannot be checked.
/// </summary>
public sealed partial record AvailabilityWindow(IReadOnlySet<DayOfWeek> Days, TimeOnly From, TimeOnly To)
{
    private static readonly string[] DayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

    [GeneratedRegex(@"^\s*(?<d1>Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*(\s*[-–]\s*(?<d2>Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*)?\s+(?<from>\d{1,2}:\d{2})\s*[-–]\s*(?<to>\d{1,2}:\d{2})\s*$",
        RegexOptions.IgnoreCase)]
    private static partial Regex WindowPattern();

    /// <summary>The windows in <paramref name="text"/>, or null when it is empty or not written as windows.</summary>
    public static IReadOnlyList<AvailabilityWindow>? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var windows = new List<AvailabilityWindow>();
        foreach (var part in text.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = WindowPattern().Match(part);
            if (!match.Success
                || !TimeOnly.TryParseExact(match.Groups["from"].Value.PadLeft(5, '0'), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
                || !TimeOnly.TryParseExact(match.Groups["to"].Value.PadLeft(5, '0'), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
                || to <= from)
            {
                return null;
            }
            var first = Day(match.Groups["d1"].Value);
            var last = match.Groups["d2"].Success ? Day(match.Groups["d2"].Value) : first;
            var days = new HashSet<DayOfWeek>();
            for (var day = first; ; day = (DayOfWeek)(((int)day + 1) % 7))
            {
                days.Add(day);
                if (day == last)
                {
                    break;
                }
            }
            windows.Add(new AvailabilityWindow(days, from, to));
        }
        return windows;
    }

    /// <summary>Whether a visit at the local time <paramref name="local"/> falls inside one of the windows.</summary>
    public static bool Fits(IReadOnlyList<AvailabilityWindow> windows, DateTime local) =>
        windows.Any(w => w.Days.Contains(local.DayOfWeek) && TimeOnly.FromDateTime(local) >= w.From && TimeOnly.FromDateTime(local) < w.To);

    /// <summary>"Mon-Fri 08:00-12:00", or one window per day when the days are not consecutive ("Mon 08:00-12:00; Wed 08:00-12:00").</summary>
    public static string Format(IEnumerable<DayOfWeek> days, TimeOnly from, TimeOnly to)
    {
        var ordered = days.Distinct().OrderBy(d => ((int)d + 6) % 7).ToList();
        var hours = $"{from:HH\\:mm}-{to:HH\\:mm}";
        var consecutive = ordered.Count > 1 && ordered.Zip(ordered.Skip(1)).All(p => ((int)p.Second + 6) % 7 == ((int)p.First + 6) % 7 + 1);
        return consecutive
            ? $"{DayNames[(int)ordered[0]]}-{DayNames[(int)ordered[^1]]} {hours}"
            : string.Join("; ", ordered.Select(d => $"{DayNames[(int)d]} {hours}"));
    }

    private static DayOfWeek Day(string name) => (DayOfWeek)Array.FindIndex(DayNames, d => d.Equals(name[..3], StringComparison.OrdinalIgnoreCase));
}
