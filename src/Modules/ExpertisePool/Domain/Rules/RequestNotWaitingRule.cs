using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Requests;

namespace GeenKindDeBuurtUit.ExpertisePool.Domain.Rules;

/// <summary>A request gets one professional: only a waiting request is assigned.</summary>
public sealed class RequestNotWaitingRule(RequestStatus status) : IBusinessRule
{
    public string Code => "request-not-waiting";

    public string Message => "This request already has a professional assigned.";

    public bool IsBroken() => status != RequestStatus.Requested;
}
