using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Requests;
using GeenKindDeBuurtUit.ExpertisePool.IntegrationEvents;

namespace GeenKindDeBuurtUit.ExpertisePool.Application.Requests;

/// <summary>
/// What the other modules are told: primitives only. Notes and cancellation reasons are free text
/// that may say more about a child than needed, so they stay in this module.
/// </summary>
internal static class ExpertiseRequestEvents
{
    public static ExpertiseRequestMadeIntegrationEvent Made(ExpertiseRequest r) =>
        new(r.Id, r.SchoolId, r.ClusterId, r.AreaId, WireName.Of(r.Expertise), r.Hours, WireName.Of(r.Urgency), r.SupportCaseId,
            ExpertiseRequestMapping.Utc(r.RequestedAt));

    public static ProfessionalAssignedIntegrationEvent Assigned(ExpertiseRequest r, bool bestMatch) =>
        new(r.Id, r.ProfessionalId!.Value, r.SchoolId, r.ClusterId, r.AreaId, WireName.Of(r.Expertise), r.Hours,
            ExpertiseRequestMapping.Utc(r.RequestedAt), ExpertiseRequestMapping.Utc(r.AssignedAt!.Value), r.WaitingSeconds!.Value, bestMatch);

    public static ExpertiseHoursLoggedIntegrationEvent HoursLogged(ExpertiseRequest r, TimeEntry e) =>
        new(e.Id, r.Id, e.ProfessionalId, r.SchoolId, r.ClusterId, r.AreaId, WireName.Of(r.Expertise), e.On, e.Hours);

    public static ExpertiseRequestCompletedIntegrationEvent Completed(ExpertiseRequest r) =>
        new(r.Id, r.ProfessionalId!.Value, r.SchoolId, r.ClusterId, r.AreaId, WireName.Of(r.Expertise), r.CompletedOn!.Value, r.Hours, r.HoursLogged);

    public static ExpertiseRequestCancelledIntegrationEvent Cancelled(ExpertiseRequest r) =>
        new(r.Id, r.ProfessionalId, r.SchoolId, r.ClusterId, r.AreaId, WireName.Of(r.Expertise), r.CancelledOn!.Value, r.Hours, r.HoursLogged);
}
