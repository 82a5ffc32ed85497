using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;

namespace GeenKindDeBuurtUit.SupportCases.Domain.Rules;

/// <summary>A closed case is history: it cannot change any more.</summary>
public sealed class CaseClosedRule(CaseStatus status) : IBusinessRule
{
    public string Code => "case-closed";

    public string Message => "This case is closed and cannot change any more.";

    public bool IsBroken() => status == CaseStatus.Closed;
}
