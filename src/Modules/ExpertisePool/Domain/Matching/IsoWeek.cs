using System.Globalization;

namespace GeenKindDeBuurtUit.ExpertisePool.Domain.Matching;

/// <summary>An ISO 8601 week, Monday to Sunday, written <c>2025-W41</c>: the window in which capacity is counted.</summary>
public readonly record struct IsoWeek(int Year, int Week)
{
    public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));

    public DateOnly Sunday => Monday.AddDays(6);

    public IsoWeek Previous => Containing(Monday.AddDays(-7));

    public static IsoWeek Containing(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        return new IsoWeek(ISOWeek.GetYear(date), ISOWeek.GetWeekOfYear(date));
    }

    public bool Contains(DateOnly day) => Monday <= day && day <= Sunday;

    public override string ToString() => $"{Year:D4}-W{Week:D2}";
}
