using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace FieldOps.Web.Platform.Security;

/// <summary>
/// Slows down password guessing: sign-in attempts (the sign-in form and every /api/auth call) are limited per client
/// address, and a refused attempt answers 429 with Retry-After. Each account also locks for 15 minutes after 5
/// failures (Identity's lockout), whichever address they come from.
/// </summary>
public static class SignInRateLimits
{
    public sealed class Options
    {
        /// <summary>Sign-in attempts one client address may make per minute (FieldOps:SignInRateLimit:PermitsPerMinute).</summary>
        public int PermitsPerMinute { get; set; } = 10;
    }

    public static IServiceCollection AddSignInRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("FieldOps:SignInRateLimit").Get<Options>() ?? new Options();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsSignIn(context.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter("sign-in:" + (context.Connection.RemoteIpAddress?.ToString() ?? "local"),
                        _ => new FixedWindowRateLimiterOptions
                        {
                            PermitLimit = options.PermitsPerMinute,
                            Window = TimeSpan.FromMinutes(1),
                            QueueLimit = 0,
                        })
                    : RateLimitPartition.GetNoLimiter("other"));
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many attempts",
                    detail: $"Too many sign-in attempts from this address. Wait {seconds} seconds, then try again.")
                    .ExecuteAsync(rejected.HttpContext);
            };
        });
        return services;
    }

    private static bool IsSignIn(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (request.Path.StartsWithSegments("/api/auth") || request.Path.Equals("/Account/Login", StringComparison.OrdinalIgnoreCase));
}
