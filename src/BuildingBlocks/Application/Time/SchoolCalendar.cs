namespace GeenKindDeBuurtUit.BuildingBlocks.Application.Time;

/// <summary>
/// "Today" as the schools see it: dates in the contract are Amsterdam dates, so a case recorded
/// at 00:30 on 1 August belongs to 1 August, not to 31 July in UTC.
/// </summary>
public static class SchoolCalendar
{
    private static readonly TimeZoneInfo Amsterdam = FindAmsterdam();

    /// <summary>Amsterdam's time zone, for schedules that run at a school-calendar hour.</summary>
    public static TimeZoneInfo TimeZone => Amsterdam;

    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Amsterdam).DateTime);

    private static TimeZoneInfo FindAmsterdam()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        }
        catch (TimeZoneNotFoundException)
        {
            // A machine without tz data: Central European time without daylight saving is one hour off at worst in summer.
            return TimeZoneInfo.CreateCustomTimeZone("CET", TimeSpan.FromHours(1), "CET", "CET");
        }
    }
}
