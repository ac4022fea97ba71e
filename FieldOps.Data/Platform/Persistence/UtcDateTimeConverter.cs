using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FieldOps.Data.Platform.Persistence;

/// <summary>All stored times are UTC. SQLite keeps no kind, so values read back are marked UTC explicitly.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
