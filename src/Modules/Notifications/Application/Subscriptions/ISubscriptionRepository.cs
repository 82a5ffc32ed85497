using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;

namespace GeenKindDeBuurtUit.Notifications.Application.Subscriptions;

public interface ISubscriptionRepository
{
    Task<Subscription?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<int> CountOwnedByAsync(string subject, CancellationToken cancellationToken);

    /// <param name="ownerSubject">Only this owner's; null for every subscription (an admin's list).</param>
    Task<(IReadOnlyList<Subscription> Items, int Total)> ListAsync(string? ownerSubject, int skip, int take, CancellationToken cancellationToken);

    void Add(Subscription subscription);

    void Remove(Subscription subscription);
}
