using GeenKindDeBuurtUit.Notifications.Application.Deliveries;
using GeenKindDeBuurtUit.Notifications.Domain.Deliveries;
using GeenKindDeBuurtUit.Notifications.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Notifications.Infrastructure.Persistence;

internal sealed class DeliveryRepository(NotificationsDbContext db) : IDeliveryRepository
{
    public async Task<(Delivery Delivery, string Type)?> FindAsync(Guid subscriptionId, Guid deliveryId, CancellationToken cancellationToken)
    {
        var found = await db.Deliveries.Where(d => d.Id == deliveryId && d.SubscriptionId == subscriptionId)
            .Join(db.Notifications, d => d.NotificationId, n => n.Id, (d, n) => new { Delivery = d, n.Type })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.Delivery, found.Type);
    }

    public async Task<(IReadOnlyList<DeliveryDto> Items, int Total)> ListAsync(
        Guid subscriptionId, DeliveryStatus? status, int skip, int take, CancellationToken cancellationToken)
    {
        var deliveries = db.Deliveries.AsNoTracking().Where(d => d.SubscriptionId == subscriptionId);
        if (status is { } wanted)
        {
            deliveries = deliveries.Where(d => d.Status == wanted);
        }

        var total = await deliveries.CountAsync(cancellationToken);
        var page = await deliveries.Join(db.Notifications, d => d.NotificationId, n => n.Id, (d, n) => new { Delivery = d, n.Type })
            .OrderByDescending(p => p.Delivery.CreatedAt).ThenBy(p => p.Delivery.Id).Skip(skip).Take(take)
            .ToListAsync(cancellationToken);
        return (page.Select(p => p.Delivery.ToDto(p.Type)).ToList(), total);
    }

    public void Add(Notification notification, Delivery delivery)
    {
        db.Notifications.Add(notification);
        db.Deliveries.Add(delivery);
    }
}
