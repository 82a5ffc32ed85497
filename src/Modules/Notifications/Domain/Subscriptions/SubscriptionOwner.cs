namespace GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;

/// <summary>
/// Who created a subscription, with the roles and scope of their token at that moment: a delivery
/// carries only what this owner could read, checked again when it is delivered.
/// </summary>
public sealed record SubscriptionOwner(string Subject, IReadOnlyList<string> Roles, IReadOnlyList<Guid> SchoolIds, IReadOnlyList<Guid> BoardIds)
{
    public bool IsAdmin => Roles.Contains(SubscriberRoles.Admin);
}
