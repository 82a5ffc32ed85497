using GeenKindDeBuurtUit.Notifications.Application.Subscriptions;
using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Notifications.Infrastructure.Persistence;

internal sealed class SubscriptionRepository(NotificationsDbContext db) : ISubscriptionRepository
{
    public Task<Subscription?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Subscriptions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    public Task<int> CountOwnedByAsync(string subject, CancellationToken cancellationToken) =>
        db.Subscriptions.CountAsync(s => s.OwnerSubject == subject, cancellationToken);

    public async Task<(IReadOnlyList<Subscription> Items, int Total)> ListAsync(string? ownerSubject, int skip, int take, CancellationToken cancellationToken)
    {
        var subscriptions = db.Subscriptions.AsNoTracking();
        if (ownerSubject is not null)
        {
            subscriptions = subscriptions.Where(s => s.OwnerSubject == ownerSubject);
        }

        var total = await subscriptions.CountAsync(cancellationToken);
        var items = await subscriptions.OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (items, total);
    }

    public void Add(Subscription subscription) => db.Subscriptions.Add(subscription);

    public void Remove(Subscription subscription) => db.Subscriptions.Remove(subscription);
}
