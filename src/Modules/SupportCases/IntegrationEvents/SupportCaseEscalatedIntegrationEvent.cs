using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;

namespace GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

/// <summary>A case was escalated to the neighbourhood team for inclusion; <c>To</c> is "okt", "buurtteam" or "swv".</summary>
public sealed record SupportCaseEscalatedIntegrationEvent(Guid CaseId, Guid SchoolId, string To, DateOnly On) : IntegrationEvent, ISupportCaseEvent
{
    Guid? ISupportCaseEvent.SupportCaseId => CaseId;
}
