using System.Linq.Expressions;
using System.Reflection;
using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Notifications;
using FieldOps.Data.Platform.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FieldOps.Data;

/// <summary>
/// The one database context of FieldOps. Every organization-owned entity is filtered to the current user's
/// organization by a global query filter, so a query that forgets to filter still cannot see another
/// organization's data. Code without a user (start-up, background jobs) sees nothing through the filters and must
/// opt out explicitly with <c>IgnoreQueryFilters()</c>.
/// </summary>
public sealed partial class FieldOpsDbContext(DbContextOptions<FieldOpsDbContext> options, ICurrentUser currentUser)
    : IdentityDbContext<AppUser, IdentityRole, string>(options)
{
    /// <summary>Read by the query filters on every query execution (EF Core parameterizes it per context).</summary>
    private Guid FilterOrganizationId => currentUser.OrganizationId ?? Guid.Empty;

    /// <summary>Users are looked up across organizations only while nobody is signed in (the login itself).</summary>
    private bool FilterAllowsAllUsers => currentUser.OrganizationId is null;

    /// <summary>Live updates collected while saving, published once the change is committed.</summary>
    internal List<LiveNotification> PendingLiveNotifications { get; } = [];
    internal List<LiveRecordChange> PendingLiveChanges { get; } = [];
    internal bool PendingMail { get; set; }

    public DbSet<Organization> Organizations => Set<Organization>();

    private OrganizationProfile? _organization;

    /// <summary>The caller's organization's currency, time zone and tax, read once for this context: once per operation.</summary>
    public async ValueTask<OrganizationProfile> OrganizationAsync(CancellationToken cancellationToken) =>
        _organization ??= await Organizations.AsNoTracking()
            .Select(o => new OrganizationProfile(o.Id, o.Name, new Currency(o.Settings.CurrencyCode, o.Settings.CurrencyMinorUnits), o.Settings.TimeZoneId,
                o.Settings.TaxRate, o.Settings.TaxLabel))
            .SingleAsync(cancellationToken);
    public DbSet<StatusChange> StatusChanges => Set<StatusChange>();

    /// <summary>The organization's users holding <paramref name="role"/>.</summary>
    public IQueryable<AppUser> UsersInRole(string role) =>
        from user in Users
        join userRole in UserRoles on user.Id equals userRole.UserId
        join roleRow in Roles on userRole.RoleId equals roleRow.Id
        where roleRow.Name == role
        select user;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<decimal>().HavePrecision(18, 4);
        configurationBuilder.Properties<string>().HaveMaxLength(400);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(FieldOpsDbContext).Assembly);

        builder.Entity<AppUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(120);
            user.HasOne(u => u.Organization).WithMany().HasForeignKey(u => u.OrganizationId).OnDelete(DeleteBehavior.Restrict);
            user.HasIndex(u => u.OrganizationId);
            user.HasQueryFilter(u => FilterAllowsAllUsers || u.OrganizationId == FilterOrganizationId);
        });

        // A signed-in user sees only their own organization (seeding and sign-in, with nobody signed in, see all).
        builder.Entity<Organization>().HasQueryFilter(o => FilterAllowsAllUsers || o.Id == FilterOrganizationId);

        foreach (var entityType in builder.Model.GetEntityTypes().ToList())
        {
            var clrType = entityType.ClrType;
            if (!entityType.IsOwned() && entityType.GetTableName() == clrType.Name && clrType.Namespace?.StartsWith("FieldOps", StringComparison.Ordinal) == true)
            {
                // Tables are named in the plural: Jobs, Invoices, WarehouseItems.
                entityType.SetTableName(Plural(clrType.Name));
            }
            if (typeof(IOrganizationOwned).IsAssignableFrom(clrType) && entityType.BaseType is null && !entityType.IsOwned())
            {
                ApplyOrganizationFilterMethod.MakeGenericMethod(clrType).Invoke(this, [builder]);
                if (entityType.FindPrimaryKey()?.Properties[0].Name != nameof(IOrganizationOwned.OrganizationId))
                {
                    builder.Entity(clrType).HasIndex(nameof(IOrganizationOwned.OrganizationId));
                }
            }
            if (typeof(IVersioned).IsAssignableFrom(clrType) && entityType.BaseType is null)
            {
                builder.Entity(clrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
            }
            foreach (var property in entityType.GetProperties())
            {
                var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
                if (type.IsEnum && !type.IsDefined(typeof(FlagsAttribute)))
                {
                    // Enums are stored as their names: readable in the database and safe to reorder in code.
                    property.SetValueConverter((ValueConverter)Activator.CreateInstance(
                        typeof(EnumToStringConverter<>).MakeGenericType(type), [null])!);
                    property.SetMaxLength(40);
                }
            }
        }
    }

    private static string Plural(string name) =>
        name.EndsWith('y') && !name.EndsWith("ay", StringComparison.Ordinal) ? name[..^1] + "ies"
        : name.EndsWith('s') ? name + "es"
        : name + "s";

    private static readonly MethodInfo ApplyOrganizationFilterMethod = typeof(FieldOpsDbContext)
        .GetMethod(nameof(ApplyOrganizationFilter), BindingFlags.NonPublic | BindingFlags.Instance)!;

    private void ApplyOrganizationFilter<TEntity>(ModelBuilder builder) where TEntity : class, IOrganizationOwned
    {
        Expression<Func<TEntity, bool>> filter = e => e.OrganizationId == FilterOrganizationId;
        builder.Entity<TEntity>().HasQueryFilter(filter);
    }
}
