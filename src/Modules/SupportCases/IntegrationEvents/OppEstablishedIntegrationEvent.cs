using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;

namespace GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

public sealed record OppEstablishedIntegrationEvent(Guid CaseId, Guid SchoolId, DateOnly EstablishedOn, int Level) : IntegrationEvent, ISupportCaseEvent
{
    Guid? ISupportCaseEvent.SupportCaseId => CaseId;
}
