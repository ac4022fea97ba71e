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

    /// <summary>The address users reach the app at; used for links in e-mails.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    public SmtpOptions Smtp { get; set; } = new();

    public AttachmentOptions Attachments { get; set; } = new();
}

/// <summary>Outgoing mail. With no host configured, mails stay queued in the outbox (visible to admins).</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public bool EnableSsl { get; set; } = true;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string FromAddress { get; set; } = "fieldops@localhost";
    public string FromName { get; set; } = "FieldOps";

    /// <summary>How often the sender looks for due mail when nothing wakes it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>With several instances on one PostgreSQL database one sends the mail; how often the others ask to take
    /// over (how long mail can wait after the sending instance stops).</summary>
    public TimeSpan LeaseRetryInterval { get; set; } = TimeSpan.FromSeconds(5);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}

public sealed class AttachmentOptions
{
    /// <summary>Largest file accepted, in bytes (default 10 MB).</summary>
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;
}
