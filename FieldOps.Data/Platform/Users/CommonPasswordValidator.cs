using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace FieldOps.Data.Platform.Users;

/// <summary>
/// Passwords as OWASP ASVS asks: at least 12 and at most 128 characters, no rules about which kinds of character, and
/// never one of the 30,000 most common passwords — also not with digits or symbols tacked on ("Password123!"), and
/// not the user's own e-mail address.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    public const int MaxLength = 128;

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }
        if (password.Length > MaxLength)
        {
            return Failed("PasswordTooLong", $"Passwords have at most {MaxLength} characters.");
        }
        if (IsCommon(password) || string.Equals(password, user.Email, StringComparison.OrdinalIgnoreCase)
            || (user.Email is { } email && string.Equals(password, email.Split('@')[0], StringComparison.OrdinalIgnoreCase)))
        {
            return Failed("PasswordTooCommon", "This password is one of the most common ones, or too close to one. Choose a phrase of your own, e.g. a few unrelated words.");
        }
        return Task.FromResult(IdentityResult.Success);
    }

    /// <summary>True when the password, ignoring case and digits or symbols at either end, is a common password,
    /// or is one character repeated.</summary>
    public static bool IsCommon(string password)
    {
        var lowered = password.ToLowerInvariant();
        var core = lowered.Trim().Trim("0123456789!@#$%^&*()-_=+.,?;:'\"~`[]{}<>/\\| ".ToCharArray());
        return Common.Value.Contains(lowered) || (core.Length > 0 && Common.Value.Contains(core)) || lowered.Distinct().Count() == 1;
    }

    private static Task<IdentityResult> Failed(string code, string description) =>
        Task.FromResult(IdentityResult.Failed(new IdentityError { Code = code, Description = description }));

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("FieldOps.Data.Platform.Users.common-passwords.txt")
            ?? throw new InvalidOperationException("The list of common passwords is missing from the build.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                set.Add(line);
            }
        }
        return set;
    }
}
