using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;

namespace GeenKindDeBuurtUit.Notifications.Application.Feed;

public interface INotificationFeed
{
    /// <param name="after">The position past which to read: 0 from the start.</param>
    Task<NotificationFeedPage> ReadAsync(SubscriptionOwner reader, long after, int limit, CancellationToken cancellationToken);
}
