using FieldOps.Data.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FieldOps.Data;

/// <summary>Used by 'dotnet ef' only: builds the model against SQLite to generate migrations.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<FieldOpsDbContext>
{
    public FieldOpsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<FieldOpsDbContext>()
            .UseSqlite("Data Source=design-time.db")
            .Options;
        return new FieldOpsDbContext(options, SystemCurrentUser.Instance);
    }
}
