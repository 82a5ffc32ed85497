using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.ExpertisePool.Domain.Rules;

/// <summary>The hours logged on a request stay within the hours it asked for: those are what the budget agreed to pay.</summary>
public sealed class RequestHoursExceededRule(decimal requested, decimal logged, decimal hours) : IBusinessRule
{
    public string Code => "request-hours-exceeded";

    public string Message => $"The request asked for {requested} hours and {logged} are logged; {hours} more would exceed it.";

    public bool IsBroken() => logged + hours > requested;
}
