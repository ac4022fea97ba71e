using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FieldOps.Data.Platform.Users;

/// <summary>
/// Sign-in that tells an anonymous caller nothing about which accounts exist: an unknown e-mail, a wrong password
/// and a locked or disabled account all answer "failed", after the same password-hashing work, so neither the answer
/// nor its timing gives an account away. (The account still locks after repeated failures.)
/// </summary>
public sealed class FieldOpsSignInManager(
    UserManager<AppUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation)
    : SignInManager<AppUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private static readonly AppUser Nobody = new() { UserName = "nobody", Email = "nobody@fieldops.invalid" };
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<AppUser>().HashPassword(Nobody, Guid.NewGuid().ToString("N")));

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            SpendHashingTime(password);
            return SignInResult.Failed;
        }
        var result = await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        if (result.IsLockedOut || result.IsNotAllowed)
        {
            // Refused before the password was checked: do the same work a check does, and answer as for a wrong password.
            Logger.LogWarning("Sign-in refused for user {UserId}: {Reason}", user.Id, result.IsLockedOut ? "locked out" : "not allowed");
            SpendHashingTime(password);
            return SignInResult.Failed;
        }
        return result;
    }

    private void SpendHashingTime(string password) =>
        UserManager.PasswordHasher.VerifyHashedPassword(Nobody, DecoyHash.Value, password ?? "");
}
