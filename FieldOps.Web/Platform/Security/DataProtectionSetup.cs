using FieldOps.Data;
using FieldOps.Data.Platform.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace FieldOps.Web.Platform.Security;

public static class DataProtectionSetup
{
    /// <summary>Keeps the keys that protect sign-in cookies and tokens in the database: a restart signs nobody out, and
    /// several instances over one database accept each other's cookies and antiforgery tokens.</summary>
    public static IServiceCollection AddFieldOpsDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("FieldOps");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider =>
            new ConfigureOptions<KeyManagementOptions>(options =>
            {
                // Where earlier versions kept the keys: moved into the database on first use.
                var formerFolder = Path.Combine(provider.GetRequiredService<IOptions<FieldOpsOptions>>().Value.DataDirectory, "keys");
                options.XmlRepository = new DatabaseKeyRepository(provider.GetRequiredService<IServiceScopeFactory>(), formerFolder,
                    provider.GetRequiredService<ILogger<DatabaseKeyRepository>>());
            }));
        return services;
    }
}
