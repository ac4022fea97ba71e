using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FieldOps.Data;
using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Persistence;
using FieldOps.Data.Platform.Users;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace FieldOps.Web.Platform.Security;

/// <summary>
/// Access ends as soon as it is taken away. A bearer token carries the account's security stamp from when it was
/// issued; every API request checks it against the account (answers cached for a few seconds), so a password
/// change, a lock or a role change — each of which renews the stamp — makes older tokens worthless at once. The
/// cookie and open Blazor circuits are re-checked on a short interval too (see AuthenticationSetup).
/// </summary>
public sealed class BearerTokenRevocation(RequestDelegate next, IMemoryCache cache, IOptions<IdentityOptions> identity)
{
    /// <summary>How long a positive check is reused: a revoked token stops working within this time.</summary>
    public static readonly TimeSpan CheckCacheTime = TimeSpan.FromSeconds(5);

    public async Task InvokeAsync(HttpContext context, UserManager<AppUser> users)
    {
        if (context.User.Identity?.IsAuthenticated == true
            && context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var userId = users.GetUserId(context.User);
            var stamp = context.User.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
            if (userId is null || stamp is null || !await IsCurrentAsync(users, userId, stamp))
            {
                await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized",
                    detail: "This token is no longer valid: the account's password, roles or access changed. Sign in again.").ExecuteAsync(context);
                return;
            }
        }
        await next(context);
    }

    private async Task<bool> IsCurrentAsync(UserManager<AppUser> users, string userId, string stamp)
    {
        var key = $"bearer-stamp:{userId}:{stamp}";
        if (cache.TryGetValue(key, out bool current))
        {
            return current;
        }
        var user = await users.FindByIdAsync(userId);
        current = user is not null && !await users.IsLockedOutAsync(user) && await users.GetSecurityStampAsync(user) == stamp;
        cache.Set(key, current, CheckCacheTime);
        return current;
    }
}

/// <summary>
/// A refresh token works once. Its hash is recorded when it is exchanged (the database refuses a second record, so
/// two exchanges at the same moment cannot both pass); presenting it again means someone copied it, so every token of
/// the account is revoked (its security stamp is renewed) and the caller gets 401.
/// </summary>
public sealed class RefreshTokenReuseGuard(RequestDelegate next, IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider clock)
{
    public async Task InvokeAsync(HttpContext context, IDbContextFactory<FieldOpsDbContext> contexts, UserManager<AppUser> users)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.Path.Equals("/api/auth/refresh", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }
        context.Request.EnableBuffering();
        string? token = null;
        try
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            if (body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("refreshToken", out var value)
                && value.ValueKind == JsonValueKind.String)
            {
                token = value.GetString();
            }
        }
        catch (JsonException)
        {
            // Not JSON: the endpoint itself answers.
        }
        context.Request.Body.Position = 0;

        var options = bearer.Get(IdentityConstants.BearerScheme);
        var ticket = string.IsNullOrEmpty(token) ? null : options.RefreshTokenProtector.Unprotect(token);
        var userId = ticket?.Principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (ticket is null || userId is null)
        {
            await next(context);
            return;
        }

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token!)));
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(context.RequestAborted);
        var firstUse = !await db.Set<RefreshTokenUse>().AnyAsync(r => r.TokenHash == hash, context.RequestAborted);
        if (firstUse)
        {
            db.Add(new RefreshTokenUse(hash, userId, now, ticket.Properties.ExpiresUtc?.UtcDateTime ?? now.AddDays(14)));
            try
            {
                await db.SaveChangesAsync(context.RequestAborted);
            }
            catch (DbUpdateException raced) when (UnitOfWork.IsUniqueViolation(raced))
            {
                firstUse = false;
            }
        }
        if (!firstUse)
        {
            if (await users.FindByIdAsync(userId) is { } user)
            {
                await users.UpdateSecurityStampAsync(user);
            }
            await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized",
                detail: "This refresh token was already used, so it may have been copied: every session of the account has been ended. Sign in again.")
                .ExecuteAsync(context);
            return;
        }
        await next(context);
    }
}

/// <summary>
/// The API is meant for bearer tokens. A browser that calls it with the sign-in cookie instead (the app's own pages
/// never do) must prove the request comes from a FieldOps page with an antiforgery token, so another site cannot
/// make a signed-in browser change anything.
/// </summary>
public sealed class CookieApiAntiforgery(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery)
    {
        var request = context.Request;
        var unsafeMethod = !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));
        if (unsafeMethod && request.Path.StartsWithSegments("/api") && !request.Path.StartsWithSegments("/api/auth")
            && !request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && context.User.Identity?.IsAuthenticated == true
            && !await antiforgery.IsRequestValidAsync(context))
        {
            await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
                detail: "A change made with the sign-in cookie needs the page's antiforgery token. API clients send a bearer token instead.")
                .ExecuteAsync(context);
            return;
        }
        await next(context);
    }
}
