using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Professionals;

namespace GeenKindDeBuurtUit.ExpertisePool.Domain.Rules;

/// <summary>A professional gives some hours a week to the pool, and no more than a full-time week.</summary>
public sealed class HoursPerWeekRule(decimal hoursPerWeek) : IBusinessRule
{
    public string Code => "hours-per-week";

    public string Message => $"A professional gives more than 0 and at most {WeeklyHours.FullTimeWeek} hours a week.";

    public bool IsBroken() => !WeeklyHours.IsValid(hoursPerWeek);
}
