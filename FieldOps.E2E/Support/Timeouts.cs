using System.Globalization;

namespace FieldOps.E2E.Support;

/// <summary>
/// How long the browser tests wait. Machines here are shared and can be slow: every wait is for a condition, and
/// each limit is generous and can be raised with an environment variable.
/// </summary>
public static class Timeouts
{
    /// <summary>The app's first start (migrations and demo data): FIELDOPS_E2E_STARTUP_SECONDS, 300 by default.</summary>
    public static TimeSpan StartUp { get; } = TimeSpan.FromSeconds(Read("FIELDOPS_E2E_STARTUP_SECONDS", 300));

    /// <summary>One browser expectation (a text to appear, a button to enable): FIELDOPS_E2E_EXPECT_SECONDS, 30 by default.</summary>
    public static TimeSpan Expect { get; } = TimeSpan.FromSeconds(Read("FIELDOPS_E2E_EXPECT_SECONDS", 30));

    /// <summary>One browser action or navigation: FIELDOPS_E2E_ACTION_SECONDS, 60 by default.</summary>
    public static TimeSpan Action { get; } = TimeSpan.FromSeconds(Read("FIELDOPS_E2E_ACTION_SECONDS", 60));

    private static int Read(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? seconds
            : fallback;
}
