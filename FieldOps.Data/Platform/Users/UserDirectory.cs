using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Platform.Users;

public sealed record UserSummary(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, bool IsLockedOut);

public sealed class NewUserInput
{
    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Password { get; set; } = "";
    public List<string> Roles { get; set; } = [];
}

public sealed class NewUserInputValidator : AbstractValidator<NewUserInput>
{
    public NewUserInputValidator()
    {
        RuleFor(x => x.Email).NotEmpty().WithMessage("Enter an e-mail address.")
            .EmailAddress().WithMessage("Enter a valid e-mail address.").MaximumLength(200);
        RuleFor(x => x.DisplayName).NotEmpty().WithMessage("Enter the person's name.").MaximumLength(120);
        RuleFor(x => x.Password).NotEmpty().WithMessage("Set a first password.")
            .MinimumLength(12).WithMessage("Passwords need at least 12 characters.")
            .MaximumLength(CommonPasswordValidator.MaxLength).WithMessage($"Passwords have at most {CommonPasswordValidator.MaxLength} characters.");
        RuleFor(x => x.Roles).NotEmpty().WithMessage("Give the person at least one role.");
        RuleForEach(x => x.Roles).Must(r => Platform.Roles.All.Contains(r)).WithMessage("\"{PropertyValue}\" is not a FieldOps role.");
    }
}

/// <summary>
/// The people of the caller's organization: the directory behind assignment pickers (managers and admins), and the
/// admin's user management. Nobody can change their own roles, so no one can raise their own access.
/// </summary>
public sealed class UserDirectory(
    IDbContextFactory<FieldOpsDbContext> contextFactory,
    UserManager<AppUser> userManager,
    ICurrentUser currentUser,
    IValidator<NewUserInput> newUserValidator,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<UserSummary>> ListAsync(string? role, CancellationToken cancellationToken)
    {
        if (!Roles.Managers.Any(currentUser.IsInRole))
        {
            throw new AccessDeniedException("Only managers and admins can list the organization's users.");
        }
        if (role is not null && !Roles.All.Contains(role, StringComparer.OrdinalIgnoreCase))
        {
            throw new InputValidationException("role", $"\"{role}\" is not a FieldOps role.");
        }
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await (from user in db.Users
                          join userRole in db.UserRoles on user.Id equals userRole.UserId into userRoles
                          from userRole in userRoles.DefaultIfEmpty()
                          join roleRow in db.Roles on userRole.RoleId equals roleRow.Id into roleRows
                          from roleRow in roleRows.DefaultIfEmpty()
                          select new { user.Id, user.Email, user.DisplayName, user.LockoutEnd, Role = roleRow != null ? roleRow.Name : null })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return rows.GroupBy(r => r.Id)
            .Select(g => new UserSummary(g.Key, g.First().Email ?? "", g.First().DisplayName,
                g.Select(r => r.Role).OfType<string>().Order().ToList(), g.First().LockoutEnd > now))
            .Where(u => role is null || u.Roles.Contains(role, StringComparer.OrdinalIgnoreCase))
            .OrderBy(u => u.DisplayName)
            .ToList();
    }

    public async Task<UserSummary> CreateAsync(NewUserInput input, CancellationToken cancellationToken)
    {
        RequireAdmin();
        await newUserValidator.ValidateAndThrowAsync(input, cancellationToken);
        await RequireRolesOfOrganizationAsync(input.Roles, cancellationToken);
        // An address is unique across every organization. The answer is the same whichever organization holds it,
        // so it tells nothing about another organization's people.
        var normalized = userManager.NormalizeEmail(input.Email.Trim());
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            if (await db.Users.IgnoreQueryFilters().AnyAsync(u => u.NormalizedEmail == normalized || u.NormalizedUserName == normalized, cancellationToken))
            {
                throw new InputValidationException("email", AddressTaken);
            }
        }
        var user = new AppUser
        {
            UserName = input.Email.Trim(),
            Email = input.Email.Trim(),
            EmailConfirmed = true,
            DisplayName = input.DisplayName.Trim(),
            OrganizationId = currentUser.OrganizationId!.Value,
            LockoutEnabled = true,
        };
        IdentityResult created;
        try
        {
            created = await userManager.CreateAsync(user, input.Password);
        }
        catch (DbUpdateException raced) when (Persistence.UnitOfWork.IsUniqueViolation(raced))
        {
            throw new InputValidationException("email", AddressTaken);
        }
        ThrowOnFailure(created, "password");
        ThrowOnFailure(await userManager.AddToRolesAsync(user, input.Roles.Distinct()), "roles");
        return new UserSummary(user.Id, user.Email, user.DisplayName, input.Roles.Distinct().Order().ToList(), false);
    }

    public async Task SetRolesAsync(string userId, IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        RequireAdmin();
        if (userId == currentUser.UserId)
        {
            throw new AccessDeniedException("You cannot change your own roles. Ask another admin.");
        }
        if (roles.Count == 0 || roles.Any(r => !Roles.All.Contains(r)))
        {
            throw new InputValidationException("roles", "Choose one or more FieldOps roles.");
        }
        await RequireRolesOfOrganizationAsync(roles, cancellationToken);
        var user = await FindInOrganizationAsync(userId);
        var current = await userManager.GetRolesAsync(user);
        ThrowOnFailure(await userManager.RemoveFromRolesAsync(user, current.Except(roles)), "roles");
        ThrowOnFailure(await userManager.AddToRolesAsync(user, roles.Except(current)), "roles");
        await userManager.UpdateSecurityStampAsync(user);
    }

    private const string AddressTaken = "This e-mail address cannot be used for a new account. Use another address.";

    /// <summary>Roles belong to modules: an organization gives only roles of the modules it uses (a garage has no
    /// contractors or landlords).</summary>
    private async Task RequireRolesOfOrganizationAsync(IEnumerable<string> roles, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var modules = await db.Organizations.Select(o => o.Modules).SingleAsync(cancellationToken);
        var allowed = Roles.ForModules(modules);
        var foreign = roles.Where(r => !allowed.Contains(r)).ToList();
        if (foreign.Count > 0)
        {
            throw new InputValidationException("roles",
                $"Your organization does not use the module of: {string.Join(", ", foreign.Select(Roles.DisplayName))}. Choose from {string.Join(", ", allowed.Select(Roles.DisplayName))}.");
        }
    }

    public async Task SetLockedAsync(string userId, bool locked, CancellationToken cancellationToken)
    {
        RequireAdmin();
        if (userId == currentUser.UserId)
        {
            throw new AccessDeniedException("You cannot lock your own account.");
        }
        var user = await FindInOrganizationAsync(userId);
        await userManager.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        await userManager.ResetAccessFailedCountAsync(user);
        await userManager.UpdateSecurityStampAsync(user);
    }

    private async Task<AppUser> FindInOrganizationAsync(string userId)
    {
        // The users query filter limits this to the caller's organization.
        var user = await userManager.FindByIdAsync(userId);
        return user is not null && user.OrganizationId == currentUser.OrganizationId
            ? user
            : throw new RecordNotFoundException("User", userId);
    }

    private void RequireAdmin()
    {
        if (!currentUser.IsInRole(Roles.Admin))
        {
            throw new AccessDeniedException("Only an admin can manage users.");
        }
    }

    private static void ThrowOnFailure(IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            throw new InputValidationException(field, string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
