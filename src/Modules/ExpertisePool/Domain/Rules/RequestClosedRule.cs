using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Requests;

namespace GeenKindDeBuurtUit.ExpertisePool.Domain.Rules;

/// <summary>A completed or cancelled request is history: no assignment, hours or other change any more.</summary>
public sealed class RequestClosedRule(RequestStatus status) : IBusinessRule
{
    public string Code => "request-closed";

    public string Message => $"This request is {status.ToString().ToLowerInvariant()} and cannot change any more.";

    public bool IsBroken() => status is RequestStatus.Completed or RequestStatus.Cancelled;
}
