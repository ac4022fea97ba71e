using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FieldOps.Data.Platform.Persistence;

/// <summary>
/// The migrations of the database engine in use. SQLite and PostgreSQL differ in column types and defaults, so
/// each has its own migrations, kept side by side in this assembly under their own namespace
/// (<c>FieldOps.Data.Migrations</c> for SQLite, <c>FieldOps.Data.Migrations.PostgreSQL</c>); this picks the set
/// that matches the context's provider, for the app at start-up and for <c>dotnet ef</c> alike.
/// </summary>
public sealed class ProviderMigrationsAssembly(ICurrentDbContext currentContext, IMigrationsIdGenerator idGenerator) : IMigrationsAssembly
{
    public const string SqliteNamespace = "FieldOps.Data.Migrations";
    public const string PostgreSqlNamespace = "FieldOps.Data.Migrations.PostgreSQL";

    private IReadOnlyDictionary<string, TypeInfo>? _migrations;
    private ModelSnapshot? _snapshot;
    private bool _snapshotLoaded;

    public Assembly Assembly => typeof(FieldOpsDbContext).Assembly;

    /// <summary>The namespace of the migrations for the context's provider.</summary>
    public string Namespace => currentContext.Context.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true
        ? PostgreSqlNamespace
        : SqliteNamespace;

    public IReadOnlyDictionary<string, TypeInfo> Migrations => _migrations ??= FindMigrations();

    public ModelSnapshot? ModelSnapshot
    {
        get
        {
            if (!_snapshotLoaded)
            {
                var type = OwnTypes().FirstOrDefault(t => t.IsSubclassOf(typeof(ModelSnapshot)));
                _snapshot = type is null ? null : (ModelSnapshot)Activator.CreateInstance(type.AsType())!;
                _snapshotLoaded = true;
            }
            return _snapshot;
        }
    }

    public string? FindMigrationId(string nameOrId) =>
        Migrations.Keys.FirstOrDefault(id => string.Equals(id, nameOrId, StringComparison.OrdinalIgnoreCase))
        ?? Migrations.Keys.FirstOrDefault(id => string.Equals(idGenerator.GetName(id), nameOrId, StringComparison.OrdinalIgnoreCase));

    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        var migration = (Migration)Activator.CreateInstance(migrationClass.AsType())!;
        migration.ActiveProvider = activeProvider;
        return migration;
    }

    private SortedList<string, TypeInfo> FindMigrations()
    {
        var migrations = new SortedList<string, TypeInfo>(StringComparer.Ordinal);
        foreach (var type in OwnTypes().Where(t => t.IsSubclassOf(typeof(Migration))))
        {
            if (type.GetCustomAttribute<MigrationAttribute>() is { } attribute)
            {
                migrations.Add(attribute.Id, type);
            }
        }
        return migrations;
    }

    /// <summary>The concrete types of this provider's namespace that belong to this context.</summary>
    private IEnumerable<TypeInfo> OwnTypes()
    {
        var contextType = currentContext.Context.GetType();
        var ns = Namespace;
        return Assembly.DefinedTypes.Where(t => !t.IsAbstract && t.Namespace == ns
            && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == contextType);
    }
}
