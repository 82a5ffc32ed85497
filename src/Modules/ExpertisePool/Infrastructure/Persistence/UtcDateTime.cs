using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GeenKindDeBuurtUit.ExpertisePool.Infrastructure.Persistence;

/// <summary>
/// Times are stored as UTC <see cref="DateTime"/> (SQLite cannot order <see cref="DateTimeOffset"/>);
/// reading them back marks them UTC again, so they leave the API with their offset.
/// </summary>
internal static class UtcDateTime
{
    public static readonly ValueConverter<DateTime, DateTime> Converter = new(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    public static readonly ValueConverter<DateTime?, DateTime?> NullableConverter =
        new(v => v, v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);
}
