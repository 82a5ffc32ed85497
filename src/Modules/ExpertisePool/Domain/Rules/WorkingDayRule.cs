using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Professionals;

namespace GeenKindDeBuurtUit.ExpertisePool.Domain.Rules;

/// <summary>A professional works at most a working day on one date, over all their requests together.</summary>
public sealed class WorkingDayRule(decimal loggedThatDay, decimal hours) : IBusinessRule
{
    public string Code => "working-day-exceeded";

    public string Message =>
        $"A professional logs at most {WeeklyHours.WorkingDay} hours on one date; {loggedThatDay} are already logged on that date.";

    public bool IsBroken() => loggedThatDay + hours > WeeklyHours.WorkingDay;
}
