using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;

namespace GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

/// <summary>
/// A closed case's retention period ended and the case is gone (docs/adr/0015). Receivers forget
/// the id and keep only what their figures need, without anything that leads back to the case.
/// </summary>
public sealed record SupportCaseErasedIntegrationEvent(Guid CaseId) : IntegrationEvent, ISupportCaseEvent
{
    Guid? ISupportCaseEvent.SupportCaseId => CaseId;
}
