using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;

namespace GeenKindDeBuurtUit.Notifications.Domain.Notifications;

/// <summary>
/// Whether a subscription's owner may read what a notification is about, as the API would answer
/// them: the SWV and the admin read all; a coordinator the expertise pool; a school its own
/// schools' cases and requests, and its clusters' requests; a treasurer the budgets of areas where
/// its boards have schools. Asked when a notification is written and again when it is delivered.
/// </summary>
public static class Readership
{
    /// <param name="ownerClusters">The clusters of the owner's schools, as the school map stands now.</param>
    /// <param name="ownerAreas">The areas where the owner's boards have schools, as the school map stands now.</param>
    public static bool MayRead(Subscription subscription, Notification notification, IReadOnlySet<Guid> ownerClusters, IReadOnlySet<Guid> ownerAreas)
    {
        if (!subscription.Wants(notification.Type))
        {
            return false;
        }

        if (notification.SubscriptionId is { } pinged)
        {
            return pinged == subscription.Id;
        }

        var roles = subscription.OwnerRoles;
        return NotificationTypes.ReadersByType[notification.Type].Where(roles.Contains).Any(role => role switch
        {
            SubscriberRoles.Swv or SubscriberRoles.Admin or SubscriberRoles.Coordinator => true,
            SubscriberRoles.School => notification.SchoolId is { } school
                ? subscription.OwnerSchoolIds.Contains(school)
                : notification.ClusterId is { } cluster && ownerClusters.Contains(cluster),
            SubscriberRoles.Treasurer => notification.AreaId is { } area && ownerAreas.Contains(area),
            _ => false,
        });
    }
}
