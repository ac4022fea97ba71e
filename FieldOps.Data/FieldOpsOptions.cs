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

    /// <summary>This instance's name when several run behind a load balancer. When set, every response carries it in
    /// the <c>X-FieldOps-Instance</c> header, so an operator can tell which instance answered. Empty: no header.</summary>
    public string? InstanceName { get; set; }

    public ProxyOptions Proxy { get; set; } = new();
}

/// <summary>
/// The reverse proxies (load balancers) in front of the app. Their X-Forwarded-For and X-Forwarded-Proto headers are
/// believed, so the app sees each user's own address (sign-in rate limits, loopback-only pages) and whether the user
/// came over HTTPS. A proxy on the same machine (loopback) is always trusted; headers from anyone else are ignored.
/// </summary>
public sealed class ProxyOptions
{
    /// <summary>Addresses of proxies on other machines, e.g. "10.0.0.5".</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of proxies on other machines, in CIDR notation, e.g. "10.0.0.0/24".</summary>
    public List<string> KnownNetworks { get; set; } = [];
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
