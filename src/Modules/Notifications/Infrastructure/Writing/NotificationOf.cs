using System.Text.Json;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;
using GeenKindDeBuurtUit.Notifications.Domain.Notifications;
using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;

namespace GeenKindDeBuurtUit.Notifications.Infrastructure.Writing;

/// <summary>
/// The notification of each kind of resource: its subject, its URL under /api/v1 and its ids-only
/// data. Nothing here takes a string of the event but school years and a facility's public name:
/// no personal name or text can slip in.
/// </summary>
internal static class NotificationOf
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Notification SupportCase(IntegrationEvent e, string type, Guid caseId, Guid schoolId, string? schoolYear = null) =>
        Notification.Of(
            e.EventId, type, caseId.ToString(), e.OccurredAt.UtcDateTime, $"/api/v1/support-cases/{caseId}",
            JsonSerializer.Serialize(new { supportCaseId = caseId, schoolId, schoolYear }, Json), new NotificationScope(SchoolId: schoolId));

    public static Notification ExpertiseRequest(IntegrationEvent e, string type, Guid requestId, Guid? schoolId, Guid clusterId, Guid areaId, Guid? professionalId) =>
        Notification.Of(
            e.EventId, type, requestId.ToString(), e.OccurredAt.UtcDateTime, $"/api/v1/expertise-requests/{requestId}",
            JsonSerializer.Serialize(new { expertiseRequestId = requestId, schoolId, clusterId, areaId, professionalId }, Json),
            new NotificationScope(SchoolId: schoolId, ClusterId: clusterId, AreaId: areaId));

    public static Notification Budget(IntegrationEvent e, string type, string schoolYear, Guid areaId) =>
        Notification.Of(
            e.EventId, type, $"{schoolYear}/{areaId}", e.OccurredAt.UtcDateTime, $"/api/v1/budgets/{schoolYear}/areas/{areaId}",
            JsonSerializer.Serialize(new { schoolYear, areaId }, Json), new NotificationScope(AreaId: areaId));

    /// <summary>A facility's confirmation falls due: for its steward alone (docs/adr/0062).</summary>
    public static Notification FacilityConfirmationDue(IntegrationEvent e, Guid facilityId, string facilityName, Guid areaId, string stewardSub, DateOnly staleOn) =>
        Notification.Of(
            e.EventId, NotificationTypes.FacilityConfirmationDue, facilityId.ToString(), e.OccurredAt.UtcDateTime, $"/api/v1/facilities/{facilityId}",
            JsonSerializer.Serialize(new { facilityId, areaId, staleOn, facilityName }, Json), new NotificationScope(AreaId: areaId, RecipientSubject: stewardSub));
}
