using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Requests;

namespace GeenKindDeBuurtUit.ExpertisePool.Domain.Rules;

/// <summary>Hours and completion belong to an assignment: a request still waiting has neither.</summary>
public sealed class RequestNotAssignedRule(RequestStatus status) : IBusinessRule
{
    public string Code => "request-not-assigned";

    public string Message => "No professional is assigned to this request yet.";

    public bool IsBroken() => status != RequestStatus.Assigned;
}
