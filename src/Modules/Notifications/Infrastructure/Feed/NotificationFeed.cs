using System.Globalization;
using GeenKindDeBuurtUit.Notifications.Application.Feed;
using GeenKindDeBuurtUit.Notifications.Domain.Notifications;
using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Delivering;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Writing;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Notifications.Infrastructure.Feed;

/// <summary>
/// Pages the notifications by their position, filtered by the reader's reach in the database. A
/// position is given at insert, but transactions commit in their own order: a page never reaches
/// past a missing position that a recent write may still fill, so a cursor never skips a
/// notification that commits late (docs/adr/0047).
/// </summary>
internal sealed class NotificationFeed(NotificationsDbContext db, TimeProvider clock, NotificationsOptions options) : INotificationFeed
{
    /// <summary>How long a missing position may still be filled; after that its write was rolled back (or erased).</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromSeconds(10);

    public async Task<NotificationFeedPage> ReadAsync(SubscriptionOwner reader, long after, int limit, CancellationToken cancellationToken)
    {
        var notifications = db.Notifications.AsNoTracking();
        var top = await notifications.MaxAsync(n => (long?)n.Position, cancellationToken) ?? 0;
        var settled = Math.Max(after, await SettledUpToAsync(after, top, cancellationToken));
        var reach = await OwnerReach.OfAsync(db, reader, cancellationToken);
        var page = await notifications.Where(Readership.Filter(reach))
            .Where(n => n.Position > after && n.Position <= settled)
            .OrderBy(n => n.Position).Take(limit + 1).ToListAsync(cancellationToken);

        var hasMore = page.Count > limit;
        var items = page.Take(limit).ToList();
        var next = hasMore ? items[^1].Position : settled;
        return new NotificationFeedPage(
            [.. items.Select(n => CloudEventEnvelope.Of(n, options.PublicBaseUrl))], next.ToString(CultureInfo.InvariantCulture), hasMore);
    }

    /// <summary>The last position up to which every write has either committed or been given up.</summary>
    private async Task<long> SettledUpToAsync(long after, long top, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().UtcDateTime - Settle;
        var recent = await db.Notifications.AsNoTracking()
            .Where(n => n.Position > after && n.Position <= top && n.RecordedAt >= since)
            .OrderBy(n => n.Position).Select(n => n.Position).ToListAsync(cancellationToken);
        if (recent.Count == 0)
        {
            return top;
        }

        // A gap before a recent write may be a write still under way; a gap before an older one was rolled back.
        var expected = 1 + (await db.Notifications.AsNoTracking()
            .Where(n => n.Position > after && n.Position < recent[0]).MaxAsync(n => (long?)n.Position, cancellationToken) ?? after);
        foreach (var position in recent)
        {
            if (position != expected)
            {
                return expected - 1;
            }

            expected = position + 1;
        }

        return top;
    }
}
