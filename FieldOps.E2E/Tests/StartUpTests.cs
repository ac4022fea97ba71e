using FieldOps.E2E.Support;

namespace FieldOps.E2E.Tests;

/// <summary>The app as a process when its database cannot be brought up to date at start-up.</summary>
public sealed class StartUpTests
{
    [Fact]
    public async Task ADatabaseFileThatIsNotADatabase_StopsTheApp_WithExitCodeOne_AndSaysWhy()
    {
        await using var app = await AppServer.StartAsync(
            prepareDataDirectory: folder => File.WriteAllText(Path.Combine(folder, "fieldops.db"), string.Concat(Enumerable.Repeat("not a database ", 400))),
            waitUntilHealthy: false);

        var exitCode = await app.WaitForExitAsync(Timeouts.StartUp);

        Assert.Equal(1, exitCode);
        Assert.Contains("The database could not be brought up to date; the app stops", app.Output, StringComparison.Ordinal);
    }
}
