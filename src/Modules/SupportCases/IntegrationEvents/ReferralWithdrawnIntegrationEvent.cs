using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;

namespace GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

/// <summary>A referral was withdrawn (an arrangement in the neighbourhood after all): the child no longer counts as referred.</summary>
public sealed record ReferralWithdrawnIntegrationEvent(Guid CaseId, Guid SchoolId, string Type, string? Category, string SchoolYear, DateOnly DecidedOn, DateOnly WithdrawnOn) : IntegrationEvent, ISupportCaseEvent
{
    Guid? ISupportCaseEvent.SupportCaseId => CaseId;
}
