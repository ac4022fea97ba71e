using System.Security.Cryptography;
using FieldOps.Data.Platform.Security;
using FieldOps.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace FieldOps.Tests.Platform;

/// <summary>The data-protection key ring lives in the database: keys an earlier version kept in the data folder are
/// carried over, and two instances of the app over one database read each other's protected data (cookies,
/// antiforgery tokens).</summary>
public sealed class DataProtectionKeyTests(ServiceHarness harness) : IClassFixture<ServiceHarness>
{
    [Fact]
    public Task TwoInstancesShareOneKeyRing_AndFormerFolderKeysAreCarriedOver() => KeyRingSharing.RunAsync(harness);
}

/// <summary>Run on SQLite and on PostgreSQL.</summary>
public static class KeyRingSharing
{
    public static async Task RunAsync(ServiceHarness harness)
    {
        // A key made the old way, in a folder, before the database held any.
        var folder = Path.Combine(harness.DataDirectory, "former-keys");
        var before = Instance(new DirectoryInfo(folder)).Protect("signed in before the upgrade");
        await using (var db = await harness.SystemDbAsync())
        {
            Assert.Equal(0, await db.Set<DataProtectionKeyRow>().CountAsync());
        }

        // After the upgrade the database instance reads it, and moves it into the table once.
        var first = Instance(null, folder);
        Assert.Equal("signed in before the upgrade", first.Unprotect(before));
        await using (var db = await harness.SystemDbAsync())
        {
            Assert.Equal(1, await db.Set<DataProtectionKeyRow>().CountAsync());
        }

        // A second instance over the same database reads what the first protects, and the other way round.
        var second = Instance(null, folder);
        Assert.Equal("cookie from A", second.Unprotect(first.Protect("cookie from A")));
        Assert.Equal("token from B", first.Unprotect(second.Protect("token from B")));

        // An instance with a key ring of its own does not.
        var stranger = Instance(new DirectoryInfo(Path.Combine(harness.DataDirectory, "other-keys")));
        Assert.ThrowsAny<CryptographicException>(() => stranger.Unprotect(first.Protect("not for you")));

        IDataProtector Instance(DirectoryInfo? fileRing, string? formerFolder = null)
        {
            var services = new ServiceCollection();
            services.AddLogging();
            var protection = services.AddDataProtection().SetApplicationName("FieldOps");
            if (fileRing is not null)
            {
                protection.PersistKeysToFileSystem(fileRing);
            }
            else
            {
                services.Configure<KeyManagementOptions>(o => o.XmlRepository = new DatabaseKeyRepository(
                    harness.Services.GetRequiredService<IServiceScopeFactory>(), formerFolder, NullLogger<DatabaseKeyRepository>.Instance));
            }
            return services.BuildServiceProvider().GetDataProtector("FieldOps.Tests");
        }
    }
}
