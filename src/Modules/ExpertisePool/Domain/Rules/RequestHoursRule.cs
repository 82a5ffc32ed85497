using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Professionals;

namespace GeenKindDeBuurtUit.ExpertisePool.Domain.Rules;

/// <summary>A request asks for some hours, and no more than one professional's full-time week.</summary>
public sealed class RequestHoursRule(decimal hours) : IBusinessRule
{
    public string Code => "request-hours";

    public string Message => $"A request asks for more than 0 and at most {WeeklyHours.FullTimeWeek} hours.";

    public bool IsBroken() => !WeeklyHours.IsValid(hours);
}
