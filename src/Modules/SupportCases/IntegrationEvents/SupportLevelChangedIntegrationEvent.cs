using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;

namespace GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

/// <summary>A case moved up or down the support pyramid.</summary>
public sealed record SupportLevelChangedIntegrationEvent(Guid CaseId, Guid SchoolId, int FromLevel, int ToLevel, DateOnly On, bool HasOpp) : IntegrationEvent, ISupportCaseEvent
{
    Guid? ISupportCaseEvent.SupportCaseId => CaseId;
}
