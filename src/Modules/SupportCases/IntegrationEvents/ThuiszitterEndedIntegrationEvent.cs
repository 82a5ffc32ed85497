using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;

namespace GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

public sealed record ThuiszitterEndedIntegrationEvent(Guid CaseId, Guid SchoolId, DateOnly Since, DateOnly EndedOn) : IntegrationEvent, ISupportCaseEvent
{
    Guid? ISupportCaseEvent.SupportCaseId => CaseId;
}
