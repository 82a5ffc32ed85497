using System.Globalization;

namespace GeenKindDeBuurtUit.Audit.Application;

/// <summary>
/// The period filter's bounds: a date (<c>2026-11-23</c>, a whole day in UTC) or a timestamp with
/// its offset (<c>2026-11-23T10:15:00Z</c>). Both ends are inclusive.
/// </summary>
internal static class AuditPeriod
{
    public const string Rule = "A date (YYYY-MM-DD, UTC) or an ISO 8601 timestamp with its offset.";

    public static bool IsValid(string? value) => value is null || Parse(value, end: false) is not null;

    /// <returns>For <paramref name="end"/>: the first instant after the period (exclusive), else its first instant; null when malformed.</returns>
    public static DateTime? Parse(string value, bool end)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var start = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            return end ? start.AddDays(1) : start;
        }

        if (value.Contains('T', StringComparison.Ordinal)
            && (value.EndsWith('Z') || value.LastIndexOfAny(['+', '-']) > value.IndexOf('T', StringComparison.Ordinal))
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            var utc = instant.UtcDateTime;
            return end ? utc.AddTicks(1) : utc;
        }

        return null;
    }
}
