using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;

namespace GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

/// <summary>A child is at home without education (thuiszitter) since the given date.</summary>
public sealed record ThuiszitterStartedIntegrationEvent(Guid CaseId, Guid SchoolId, DateOnly Since) : IntegrationEvent, ISupportCaseEvent
{
    Guid? ISupportCaseEvent.SupportCaseId => CaseId;
}
