using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Platform;

/// <summary>Seeds the demo organizations and one sign-in per demo user. Safe to run on every start.</summary>
public sealed class PlatformDemoSeeder(IDbContextFactory<FieldOpsDbContext> contextFactory, UserManager<AppUser> userManager)
    : IDemoDataSeeder
{
    public int Order => 0;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var organizations = new Dictionary<string, Guid>();
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            foreach (var (name, modules, settings) in DemoOrganizations())
            {
                var organization = await db.Organizations.SingleOrDefaultAsync(o => o.Name == name, cancellationToken);
                if (organization is null)
                {
                    organization = new Organization(name, modules, settings);
                    db.Organizations.Add(organization);
                    await db.SaveChangesAsync(cancellationToken);
                }
                organizations[name] = organization.Id;
            }
        }

        // Every demo account has the same published password. It is hashed once, by the same hasher and with the same
        // work factor as any real account's, and that hash is stored for each: one deliberately slow hash instead of
        // one per account on every first start.
        string? passwordHash = null;
        foreach (var demo in DemoAccounts.Users)
        {
            if (await userManager.FindByEmailAsync(demo.Email) is not null)
            {
                continue;
            }
            var user = new AppUser
            {
                UserName = demo.Email,
                Email = demo.Email,
                EmailConfirmed = true,
                DisplayName = demo.DisplayName,
                OrganizationId = organizations[demo.Organization],
                LockoutEnabled = true,
            };
            user.PasswordHash = passwordHash ??= userManager.PasswordHasher.HashPassword(user, DemoAccounts.Password);
            Ensure(await userManager.CreateAsync(user), demo.Email);
            Ensure(await userManager.AddToRolesAsync(user, demo.Roles), demo.Email);
        }
    }

    private static void Ensure(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not seed demo user {email}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    private static IEnumerable<(string Name, OrganizationModules Modules, OrganizationSettings Settings)> DemoOrganizations()
    {
        yield return (DemoAccounts.DemoGarage, OrganizationModules.Workshop, new OrganizationSettings
        {
            CurrencyCode = "KES", CurrencyMinorUnits = 2, TaxRate = 0.16m, TaxLabel = "VAT", InvoicePrefix = "INV",
            AddressLine1 = "Plot 42, Enterprise Road", AddressLine2 = "Industrial Area", City = "Nairobi", Country = "Kenya",
            Phone = "+254 20 555 0142", Email = "accounts@garage.demo", TaxNumber = "P051234567X",
            TimeZoneId = "Africa/Nairobi",
        });
        yield return (DemoAccounts.SecondGarage, OrganizationModules.Workshop, new OrganizationSettings
        {
            CurrencyCode = "KWD", CurrencyMinorUnits = 3, TaxRate = 0m, TaxLabel = "Tax", InvoicePrefix = "SG",
            AddressLine1 = "Block 3, Street 21", AddressLine2 = "Shuwaikh Industrial", City = "Kuwait City", Country = "Kuwait",
            Phone = "+965 2200 0021", Email = "service@garage2.demo", TimeZoneId = "Asia/Kuwait",
        });
        yield return (DemoAccounts.DemoProperties, OrganizationModules.Maintenance, new OrganizationSettings
        {
            CurrencyCode = "KES", CurrencyMinorUnits = 2, TaxRate = 0.16m, TaxLabel = "VAT", InvoicePrefix = "MR",
            AddressLine1 = "Ngong Road, Prestige Plaza, 4th floor", City = "Nairobi", Country = "Kenya",
            Phone = "+254 20 555 0177", Email = "maintenance@properties.demo", TaxNumber = "P052468013K",
            TimeZoneId = "Africa/Nairobi",
        });
        yield return (DemoAccounts.GulfProperties, OrganizationModules.Maintenance, new OrganizationSettings
        {
            CurrencyCode = "KWD", CurrencyMinorUnits = 3, TaxRate = 0m, TaxLabel = "Tax", InvoicePrefix = "GP",
            AddressLine1 = "Al Hamra Tower, floor 31", City = "Kuwait City", Country = "Kuwait",
            Phone = "+965 2200 0310", Email = "maintenance@gulf.demo", TimeZoneId = "Asia/Kuwait",
        });
        yield return (DemoAccounts.DemoContracting, OrganizationModules.Contracting, new OrganizationSettings
        {
            CurrencyCode = "KES", CurrencyMinorUnits = 2, TaxRate = 0.16m, TaxLabel = "VAT", InvoicePrefix = "PV",
            AddressLine1 = "Mombasa Road, Km 9", City = "Nairobi", Country = "Kenya",
            Phone = "+254 20 555 0199", Email = "projects@contracting.demo", TaxNumber = "P059876543Z",
            TimeZoneId = "Africa/Nairobi",
        });
    }
}
