namespace GeenKindDeBuurtUit.ExpertisePool.Domain.Professionals;

/// <summary>Hours are counted per week: a full-time week is the most a professional gives or a request asks.</summary>
public static class WeeklyHours
{
    public const decimal FullTimeWeek = 40m;

    /// <summary>A working day: no professional logs more hours than this on one date.</summary>
    public const decimal WorkingDay = 8m;

    public static bool IsValid(decimal hours) => hours > 0 && hours <= FullTimeWeek;
}
