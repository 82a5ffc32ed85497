using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;

namespace GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

/// <summary>A school opened a support case. No pupil reference ever leaves the Support Cases module.</summary>
public sealed record SupportCaseOpenedIntegrationEvent(Guid CaseId, Guid SchoolId, IReadOnlyList<string> Needs, int Level, DateOnly OpenedOn) : IntegrationEvent, ISupportCaseEvent
{
    Guid? ISupportCaseEvent.SupportCaseId => CaseId;
}
