namespace GeenKindDeBuurtUit.Benchmarks.Seeding;

/// <summary>School years run from 1 August to 31 July (domain rule 6); seeded dates are never in the future.</summary>
internal static class SchoolYears
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static int CurrentStart => Today.Month >= 8 ? Today.Year : Today.Year - 1;

    public static string Name(int startYear) => $"{startYear}-{startYear + 1}";

    /// <summary>A day in the school year with room for <paramref name="daysAfter"/> more days in it and before today.</summary>
    public static DateOnly RandomDay(int startYear, int daysAfter, Random random)
    {
        var first = new DateOnly(startYear, 8, 1);
        var last = new DateOnly(startYear + 1, 7, 31);
        var latest = (Today < last ? Today : last).AddDays(-daysAfter);
        var span = Math.Max(0, latest.DayNumber - first.DayNumber);
        return first.AddDays(random.Next(span + 1));
    }
}
