using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;

namespace GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

/// <summary>A case closed; <c>WasReferred</c> says whether a referral stood at closure (it sets how long the file is kept).</summary>
public sealed record SupportCaseClosedIntegrationEvent(Guid CaseId, Guid SchoolId, DateOnly ClosedOn, int Level, bool WasReferred) : IntegrationEvent, ISupportCaseEvent
{
    Guid? ISupportCaseEvent.SupportCaseId => CaseId;
}
