using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GeenKindDeBuurtUit.Facilities.Infrastructure.Persistence;

/// <summary>Times are stored as UTC <see cref="DateTime"/> (SQLite cannot order <see cref="DateTimeOffset"/>) and read back as UTC.</summary>
internal static class UtcDateTime
{
    public static readonly ValueConverter<DateTime, DateTime> Converter = new(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
