using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Access;
using FieldOps.Data.Platform.Attachments;
using FieldOps.Data.Platform.History;
using FieldOps.Data.Platform.Notifications;
using FieldOps.Data.Platform.Users;
using FluentValidation;
using FieldOps.Data.Platform.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FieldOps.Data;

public static class DependencyInjection
{
    /// <summary>Registers the database, the domain services of every module and the demo-data seeders.</summary>
    public static IHostApplicationBuilder AddFieldOpsData(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<FieldOpsOptions>()
            .Bind(builder.Configuration.GetSection(FieldOpsOptions.SectionName))
            .Validate(o => o.DatabaseProvider is "Sqlite" or "PostgreSQL", "FieldOps:DatabaseProvider must be Sqlite or PostgreSQL.")
            .ValidateOnStart();
        services.PostConfigure<FieldOpsOptions>(o =>
            o.DataDirectory = Path.GetFullPath(o.DataDirectory, builder.Environment.ContentRootPath));

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<ICurrentUser, ClaimsCurrentUser>();
        services.AddScoped<ActAs>();
        services.AddSingleton<LiveUpdates>();
        services.AddSingleton<OutboxSignal>();
        // Every IInterceptor in the container is added to each context (tests add a command counter this way).
        services.AddScoped<IInterceptor, AuditSaveChangesInterceptor>();
        services.AddSingleton<IInterceptor, LiveUpdateSaveInterceptor>();
        services.AddSingleton<IInterceptor, LiveUpdateTransactionInterceptor>();

        var configuration = builder.Configuration;
        // One context per operation (Blazor circuits are long-lived); scoped so each context sees the current user.
        services.AddDbContextFactory<FieldOpsDbContext>((provider, options) =>
        {
            var fieldOps = provider.GetRequiredService<IOptions<FieldOpsOptions>>().Value;
            ConfigureProvider(options, fieldOps, configuration.GetConnectionString("FieldOps"));
            options.AddInterceptors(provider.GetServices<IInterceptor>());
        }, ServiceLifetime.Scoped);

        services.AddDataProtection();
        services.AddIdentityCore<AppUser>(identity =>
            {
                // OWASP ASVS: a length, no composition rules, and a check against common passwords (below).
                identity.Password.RequiredLength = 12;
                identity.Password.RequiredUniqueChars = 1;
                identity.Password.RequireDigit = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Lockout.AllowedForNewUsers = true;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.User.RequireUniqueEmail = true;
                identity.SignIn.RequireConfirmedAccount = false;
            })
            .AddPasswordValidator<Platform.Users.CommonPasswordValidator>()
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<FieldOpsDbContext>()
            .AddSignInManager<Platform.Users.FieldOpsSignInManager>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<FieldOpsClaimsPrincipalFactory>();

        services.AddScoped<DatabaseInitializer>();
        services.AddSingleton<Platform.Persistence.DatabaseReadiness>();
        services.AddScoped<IDemoDataSeeder, PlatformDemoSeeder>();

        // Platform services every module uses.
        services.AddValidatorsFrom(typeof(DependencyInjection).Assembly);
        services.AddScoped<Notifier>();
        services.AddScoped<NotificationInbox>();
        services.AddScoped<OutboxQueries>();
        services.AddSingleton<WorkLeases>();
        services.AddHostedService<OutboxMailSender>();
        services.AddHostedService<PostgresLiveBackplane>();
        services.AddHostedService<Platform.Persistence.SqliteStatisticsRefresher>();
        services.AddScoped<RecordAccess>();
        services.AddScoped<AttachmentService>();
        services.AddScoped<TimelineService>();
        services.AddScoped<UserDirectory>();

        foreach (var module in FieldOpsModules.All)
        {
            module.AddServices(services);
        }
        return builder;
    }

    /// <summary>Registers every FluentValidation validator of the assembly as IValidator&lt;T&gt;.</summary>
    private static void AddValidatorsFrom(this IServiceCollection services, System.Reflection.Assembly assembly)
    {
        foreach (var type in assembly.GetTypes().Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            var validated = type.BaseType is { IsGenericType: true } baseType && baseType.GetGenericTypeDefinition() == typeof(AbstractValidator<>)
                ? baseType.GetGenericArguments()[0]
                : null;
            if (validated is not null)
            {
                services.AddSingleton(typeof(IValidator<>).MakeGenericType(validated), type);
            }
        }
    }

    internal static void ConfigureProvider(DbContextOptionsBuilder options, FieldOpsOptions fieldOps, string? connectionString)
    {
        // Each engine has its own migrations (see ProviderMigrationsAssembly).
        options.ReplaceService<Microsoft.EntityFrameworkCore.Migrations.IMigrationsAssembly, ProviderMigrationsAssembly>();
        // Before it migrates, EF Core builds the model a second time, as at design time, and the last migration's
        // snapshot, and compares them, on every start: a test (MigrationTests, PostgreSqlTests) makes that comparison
        // for both engines before anything ships, so the app does not repeat it at each start.
        options.ConfigureWarnings(warnings => warnings.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning));
        if (fieldOps.DatabaseProvider == "PostgreSQL")
        {
            options.UseNpgsql(connectionString ?? throw new InvalidOperationException(
                "ConnectionStrings:FieldOps is required when FieldOps:DatabaseProvider is PostgreSQL."));
            return;
        }
        connectionString = string.IsNullOrWhiteSpace(connectionString)
            ? $"Data Source={Path.Combine(fieldOps.DataDirectory, "fieldops.db")}"
            : connectionString;
        options.UseSqlite(connectionString, sqlite => sqlite.CommandTimeout((int)SqliteCommandTimeout.TotalSeconds));
        options.AddInterceptors(new SqliteBusyTimeout(SqliteCommandTimeout));
    }

    /// <summary>How long a SQLite command waits, for the write lock included, before it fails.</summary>
    private static readonly TimeSpan SqliteCommandTimeout = TimeSpan.FromSeconds(30);
}
