namespace FieldOps.Data;

/// <summary>The "FieldOps" configuration section.</summary>
public sealed class FieldOpsOptions
{
    public const string SectionName = "FieldOps";

    /// <summary>Folder for the SQLite database and uploaded files. Relative paths are resolved against the app's
    /// content root.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>"Sqlite" (default) or "PostgreSQL".</summary>
    public string DatabaseProvider { get; set; } = "Sqlite";

    /// <summary>Seed the demo organizations, users and records at start-up (idempotent).</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>Apply pending migrations at start-up.</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
