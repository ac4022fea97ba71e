using FieldOps.Data.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FieldOps.Data;

/// <summary>
/// Used by <c>dotnet ef</c> only: builds the model for SQLite, or for PostgreSQL when the tool is given
/// <c>-- PostgreSQL</c>, so that each engine's migrations are generated against its own provider. No database is
/// contacted.
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<FieldOpsDbContext>
{
    public FieldOpsDbContext CreateDbContext(string[] args)
    {
        var postgres = args.Any(a => string.Equals(a, "PostgreSQL", StringComparison.OrdinalIgnoreCase));
        var builder = new DbContextOptionsBuilder<FieldOpsDbContext>();
        DependencyInjection.ConfigureProvider(builder, new FieldOpsOptions { DatabaseProvider = postgres ? "PostgreSQL" : "Sqlite" },
            postgres ? "Host=localhost;Database=fieldops_design" : "Data Source=design-time.db");
        return new FieldOpsDbContext(builder.Options, SystemCurrentUser.Instance);
    }
}
