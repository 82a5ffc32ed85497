namespace GeenKindDeBuurtUit.Notifications.Domain.Notifications;

/// <summary>
/// Whose change a notification is: a school's (support cases, a school's expertise request), a
/// cluster's (a cluster's request), an area's (its budget), one subscription's (a ping), or one
/// reader's, by its <c>sub</c> (a steward's facility falling due).
/// </summary>
public sealed record NotificationScope(
    Guid? SchoolId = null, Guid? ClusterId = null, Guid? AreaId = null, Guid? SubscriptionId = null, string? RecipientSubject = null);
