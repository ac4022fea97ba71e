using System.Net;
using FieldOps.Data;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace FieldOps.Web.Platform.Health;

/// <summary>
/// Running behind a load balancer: the user's own address and scheme from the proxy's forwarded headers (only from the
/// proxies configured under FieldOps:Proxy, and loopback), and, when FieldOps:InstanceName is set, the name of the
/// instance that answered on every response.
/// </summary>
public static class ReverseProxySupport
{
    public const string InstanceHeader = "X-FieldOps-Instance";

    public static IServiceCollection AddReverseProxySupport(this IServiceCollection services, IConfiguration configuration)
    {
        var proxy = configuration.GetSection(FieldOpsOptions.SectionName).Get<FieldOpsOptions>()?.Proxy ?? new ProxyOptions();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // One proxy hop: the last address the trusted proxy appended, never one the client wrote itself.
            options.ForwardLimit = 1;
            foreach (var address in proxy.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.TryParse(address, out var parsed)
                    ? parsed
                    : throw new OptionsValidationException("FieldOps:Proxy:KnownProxies", typeof(ProxyOptions), [$"'{address}' is not an IP address."]));
            }
            foreach (var network in proxy.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                    ? parsed
                    : throw new OptionsValidationException("FieldOps:Proxy:KnownNetworks", typeof(ProxyOptions), [$"'{network}' is not a network in CIDR notation."]));
            }
        });
        return services;
    }

    public static WebApplication UseReverseProxySupport(this WebApplication app)
    {
        app.UseForwardedHeaders();
        var instance = app.Services.GetRequiredService<IOptions<FieldOpsOptions>>().Value.InstanceName;
        if (!string.IsNullOrWhiteSpace(instance))
        {
            app.Use((context, next) =>
            {
                context.Response.Headers[InstanceHeader] = instance;
                return next(context);
            });
        }
        return app;
    }
}
