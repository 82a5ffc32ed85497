using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;

namespace GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

/// <summary>An OT meeting was held; <c>Decision</c> is "stay" or "refer".</summary>
public sealed record OtMeetingHeldIntegrationEvent(Guid CaseId, Guid SchoolId, Guid MeetingId, DateOnly HeldOn, string Decision, IReadOnlyList<string> ParticipantRoles) : IntegrationEvent, ISupportCaseEvent
{
    Guid? ISupportCaseEvent.SupportCaseId => CaseId;
}
