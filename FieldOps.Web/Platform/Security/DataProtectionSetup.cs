using FieldOps.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace FieldOps.Web.Platform.Security;

public static class DataProtectionSetup
{
    /// <summary>Keeps the keys that protect sign-in cookies and tokens in the data folder, so a restart does not sign
    /// everyone out.</summary>
    public static IServiceCollection AddFieldOpsDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("FieldOps");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider =>
            new ConfigureOptions<KeyManagementOptions>(options =>
            {
                var folder = Path.Combine(provider.GetRequiredService<IOptions<FieldOpsOptions>>().Value.DataDirectory, "keys");
                options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(folder), provider.GetRequiredService<ILoggerFactory>());
            }));
        return services;
    }
}
