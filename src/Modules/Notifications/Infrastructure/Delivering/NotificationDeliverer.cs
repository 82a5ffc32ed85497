using System.Collections.Concurrent;
using System.Net.Http;
using System.Text;
using GeenKindDeBuurtUit.Notifications.Application.Subscriptions;
using GeenKindDeBuurtUit.Notifications.Domain.Deliveries;
using GeenKindDeBuurtUit.Notifications.Domain.Notifications;
using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Writing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GeenKindDeBuurtUit.Notifications.Infrastructure.Delivering;

/// <summary>
/// Posts due deliveries to their receivers. Each attempt is leased with a conditional update first,
/// so two hosts never make the same one; a subject's deliveries go out one after another; at most
/// <see cref="PerReceiver"/> calls to one receiver at a time, so a slow one never holds up the others.
/// </summary>
internal sealed partial class NotificationDeliverer(
    IServiceScopeFactory scopes, IHttpClientFactory clients, ISecretProtector protector, TimeProvider clock, NotificationsOptions options, ILogger<NotificationDeliverer> logger)
{
    public const string ClientName = "notifications";
    public const int BatchSize = 32;
    public const int PerReceiver = 2;
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan ReceiverTimeout = TimeSpan.FromSeconds(10);

    private readonly string _instance = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _receivers = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<Guid, byte> _inFlight = new();

    /// <summary>Whether attempts of earlier passes are still under way: a pass returns before they end.</summary>
    public bool HasAttemptsUnderWay => !_inFlight.IsEmpty;

    /// <returns>How many attempts were started; they run on after this returns.</returns>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        List<(Guid Id, string Url)> due;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
            var now = clock.GetUtcNow().UtcDateTime;
            due = (await db.Deliveries.AsNoTracking()
                .Where(d => d.Status == DeliveryStatus.Pending && d.NextAttemptAt <= now && (d.LockedUntil == null || d.LockedUntil < now))
                .Where(d => !db.Deliveries.Any(e => e.SubscriptionId == d.SubscriptionId && e.Subject == d.Subject && e.Status == DeliveryStatus.Pending && e.CreatedAt < d.CreatedAt))
                .OrderBy(d => d.CreatedAt)
                .Join(db.Subscriptions, d => d.SubscriptionId, s => s.Id, (d, s) => new { d.Id, s.Url })
                .Take(BatchSize).ToListAsync(cancellationToken)).Select(d => (d.Id, d.Url)).ToList();
        }

        // Not awaited: a receiver that hangs until its timeout must not hold up the next pass, nor the
        // others' deliveries in it. An attempt still under way is not started twice.
        var started = 0;
        foreach (var (id, url) in due)
        {
            if (_inFlight.TryAdd(id, 0))
            {
                started++;
                _ = Task.Run(() => AttemptInFlightAsync(id, url, cancellationToken), CancellationToken.None);
            }
        }

        return started;
    }

    private async Task AttemptInFlightAsync(Guid deliveryId, string url, CancellationToken cancellationToken)
    {
        try
        {
            await TryDeliverAsync(deliveryId, url, cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // The database was away: the lease runs out and the attempt is made again on a later pass.
            AttemptFailed(logger, deliveryId, failure);
        }
        catch (OperationCanceledException)
        {
            // The host is stopping; the lease runs out and another host, or this one after a restart, tries again.
        }
        finally
        {
            _inFlight.TryRemove(deliveryId, out _);
        }
    }

    private async Task<bool> TryDeliverAsync(Guid deliveryId, string url, CancellationToken cancellationToken)
    {
        var gate = _receivers.GetOrAdd(new Uri(url).Authority, _ => new SemaphoreSlim(PerReceiver));
        if (!await gate.WaitAsync(0, cancellationToken))
        {
            return false;
        }

        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
            var now = clock.GetUtcNow().UtcDateTime;
            var leased = await db.Deliveries
                .Where(d => d.Id == deliveryId && d.Status == DeliveryStatus.Pending && (d.LockedUntil == null || d.LockedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.LockedUntil, now + Lease).SetProperty(d => d.LockedBy, _instance), cancellationToken);
            if (leased != 1)
            {
                return false;
            }

            await AttemptAsync(db, deliveryId, cancellationToken);
            return true;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task AttemptAsync(NotificationsDbContext db, Guid deliveryId, CancellationToken cancellationToken)
    {
        var delivery = await db.Deliveries.SingleAsync(d => d.Id == deliveryId, cancellationToken);
        var notification = await db.Notifications.AsNoTracking().SingleAsync(n => n.Id == delivery.NotificationId, cancellationToken);
        var subscription = await db.Subscriptions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == delivery.SubscriptionId, cancellationToken);
        if (subscription is null || subscription.Status == SubscriptionStatus.Deactivated || !await StillReadableAsync(db, subscription, notification, cancellationToken))
        {
            // Its owner may no longer read it (a school moved away, the subscription ended): it is not sent.
            delivery.Abandon(null);
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        var status = await PostAsync(subscription, notification, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var subscriptions = db.Subscriptions.Where(s => s.Id == subscription.Id);
        if (status is >= 200 and < 300)
        {
            delivery.Succeed(status.Value, now);
            await subscriptions.ExecuteUpdateAsync(s => s.SetProperty(x => x.ConsecutiveFailures, 0)
                .SetProperty(x => x.Status, x => x.Status == SubscriptionStatus.Failing ? SubscriptionStatus.Active : x.Status), cancellationToken);
        }
        else if (status == 410)
        {
            delivery.Abandon(status);
            await subscriptions.ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SubscriptionStatus.Deactivated), cancellationToken);
        }
        else
        {
            delivery.Miss(status, RetrySchedule.Next(delivery.DueSince, now, delivery.Attempts + 1, Random.Shared.NextDouble()));
            await subscriptions.ExecuteUpdateAsync(s => s.SetProperty(x => x.ConsecutiveFailures, x => x.ConsecutiveFailures + 1), cancellationToken);
            await subscriptions.Where(x => x.Status == SubscriptionStatus.Active && x.ConsecutiveFailures >= Subscription.FailingAfter)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SubscriptionStatus.Failing), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<bool> StillReadableAsync(NotificationsDbContext db, Subscription subscription, Notification notification, CancellationToken cancellationToken)
    {
        var (clusters, areas) = await OwnerReach.OfAsync(db, subscription, cancellationToken);
        return Readership.MayRead(subscription, notification, clusters, areas);
    }

    /// <returns>The receiver's status code; null for a timeout or a refused connection.</returns>
    private async Task<int?> PostAsync(Subscription subscription, Notification notification, CancellationToken cancellationToken)
    {
        var body = CloudEventEnvelope.Body(notification, options.PublicBaseUrl);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        var messageId = notification.Id.ToString();
        var secrets = subscription.SigningSecretsAt(clock.GetUtcNow().UtcDateTime).Select(protector.Unprotect);
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url)
        {
            Content = new StringContent(body, Encoding.UTF8, CloudEventEnvelope.MediaType),
        };
        request.Headers.TryAddWithoutValidation("webhook-id", messageId);
        request.Headers.TryAddWithoutValidation("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation("webhook-signature", WebhookSignature.Of(messageId, timestamp, body, secrets));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ReceiverTimeout);
        try
        {
            // Only the status matters: the body is never read, however much the receiver sends.
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return (int)response.StatusCode;
        }
        catch (Exception failure) when (failure is HttpRequestException || (failure is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery {DeliveryId} could not be attempted; it is tried again when its lease runs out.")]
    private static partial void AttemptFailed(ILogger logger, Guid deliveryId, Exception failure);
}
