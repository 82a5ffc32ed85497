using System.Linq.Expressions;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Faults;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GeenKindDeBuurtUit.Platform.Outbox;

/// <summary>
/// Delivers outbox rows of every module through the mediator to the handlers of the other modules.
/// Several instances may run at once (two hosts, or a triggered and a periodic run): a message is
/// claimed with a conditional update, or the provider's <see cref="IOutboxClaim"/>, so only one
/// instance delivers it while its lease lasts.
/// </summary>
public sealed partial class OutboxRelay(
    IServiceScopeFactory scopes,
    IEnumerable<OutboxSource> sources,
    IntegrationEventTypes events,
    TimeProvider clock,
    IOptions<OutboxRelayOptions> options,
    ILogger<OutboxRelay> logger,
    IOutboxClaim? claim = null)
{
    /// <summary>The next attempt of a dead-lettered row: never.</summary>
    public static readonly DateTime DeadLettered = new(9999, 12, 31, 0, 0, 0, DateTimeKind.Utc);

    private readonly string _instance = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <returns>The failures of this run; each failed message is retried later with backoff.</returns>
    public async Task<IReadOnlyList<OutboxDeliveryFailure>> RelayAsync(CancellationToken cancellationToken)
    {
        var failures = new List<OutboxDeliveryFailure>();
        foreach (var source in sources)
        {
            // A full batch means more may wait: go on now rather than leave a backlog for the next
            // commit or the periodic run a minute later. A failed or foreign-claimed message is not
            // due again at once, so every pass makes progress and the loop ends.
            int claimed;
            do
            {
                claimed = await RelaySourceAsync(source, failures, cancellationToken);
            }
            while (claimed == options.Value.BatchSize);
        }

        return failures;
    }

    /// <returns>How many messages this pass claimed.</returns>
    /// <remarks>
    /// A batch costs three statements of the relay's own, whatever its size: one claim, one read of
    /// the claimed rows, one "delivered" mark. Every relay write competes with the requests for
    /// SQLite's single writer, and one claim and one mark per message made the relay's bookkeeping
    /// cost more writes than the handlers' work (docs/adr/0023). A crash before the mark only means a
    /// redelivery, which the receivers' inboxes turn into no effect.
    /// </remarks>
    private async Task<int> RelaySourceAsync(OutboxSource source, List<OutboxDeliveryFailure> failures, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var context = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(source.ContextType);
        var now = clock.GetUtcNow().UtcDateTime;
        var leaseEnd = now + options.Value.Lease;
        var claimed = await (claim?.ClaimAsync(context, now, leaseEnd, _instance, options.Value.BatchSize, cancellationToken)
            ?? ClaimBatchAsync(context, now, leaseEnd, cancellationToken));
        if (claimed == 0)
        {
            return 0;
        }

        var batch = await context.Outbox.AsNoTracking().Where(m => m.LockedBy == _instance && m.LockedUntil == leaseEnd && m.ProcessedAt == null)
            .OrderBy(m => m.OccurredAt).ToListAsync(cancellationToken);
        var delivered = new List<Guid>(batch.Count);
        try
        {
            await DeliverAsync(context, source, batch, delivered, failures, cancellationToken);
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // A graceful shutdown: hand back what this pass claimed, so the next start (or another
            // instance) delivers it at once instead of after the lease. Handlers that already had a
            // message skip it through their inbox.
            await ReleaseAsync(source);
            throw;
        }

        await MarkDeliveredAsync(context, delivered, CancellationToken.None);
        return claimed;
    }

    /// <summary>
    /// Delivers the claimed messages in one scope: every receiving module handles its share of them in
    /// one transaction (docs/adr/0080), so a burst costs each module one commit per batch, not one per event.
    /// </summary>
    private async Task DeliverAsync(
        ModuleDbContext context, OutboxSource source, List<OutboxMessage> batch, List<Guid> delivered, List<OutboxDeliveryFailure> failures, CancellationToken cancellationToken)
    {
        var deliverable = new List<(OutboxMessage Message, IntegrationEvent Event)>(batch.Count);
        foreach (var message in batch)
        {
            if (events.TryDeserialize(message.Type, message.Payload, out var integrationEvent))
            {
                deliverable.Add((message, integrationEvent));
            }
            else
            {
                failures.Add(await DeadLetterAsync(context, source, message));
            }
        }

        if (deliverable.Count == 0)
        {
            return;
        }

        using var handlerScope = scopes.CreateScope();
        var services = handlerScope.ServiceProvider;
        var publisher = services.GetRequiredService<IPublisher>();
        var collector = services.GetRequiredService<IntegrationEventCollector>();
        collector.Start();
        var published = new List<OutboxMessage>(batch.Count);
        foreach (var (message, integrationEvent) in deliverable)
        {
            try
            {
                await publisher.Publish(integrationEvent, cancellationToken);
                published.Add(message);
            }
            catch (Exception exception) when (exception is not OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                failures.Add(await FailedAsync(context, source, message, exception));
            }
        }

        var noted = collector.Stop();
        var failed = await new BatchDelivery(services.GetService<IFaultInjector>() ?? NoFaultInjector.Instance, services.GetService<IOutboxRelaySignal>(), options.Value.EventsPerTransaction)
            .DeliverAsync(noted, cancellationToken);
        foreach (var message in published)
        {
            if (failed.TryGetValue(message.Id, out var exception))
            {
                failures.Add(await FailedAsync(context, source, message, exception));
            }
            else
            {
                delivered.Add(message.Id);
            }
        }
    }

    private async Task ReleaseAsync(OutboxSource source)
    {
        using var scope = scopes.CreateScope();
        var context = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(source.ContextType);
        var released = await context.Outbox.Where(m => m.LockedBy == _instance && m.ProcessedAt == null).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.LockedUntil, (DateTime?)null).SetProperty(m => m.LockedBy, (string?)null),
            CancellationToken.None);
        LogReleased(source.Module, released);
    }

    /// <summary>Claims the oldest due messages, at most a batch, in one conditional update: two relays never claim one message.</summary>
    private Task<int> ClaimBatchAsync(ModuleDbContext context, DateTime now, DateTime leaseEnd, CancellationToken cancellationToken)
    {
        Expression<Func<OutboxMessage, bool>> isDue = m => m.ProcessedAt == null
            && (m.NextAttemptAt == null || m.NextAttemptAt <= now)
            && (m.LockedUntil == null || m.LockedUntil < now);
        var due = context.Outbox.Where(isDue).OrderBy(m => m.OccurredAt).Take(options.Value.BatchSize).Select(m => m.Id);
        return context.Outbox.Where(isDue).Where(m => due.Contains(m.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, leaseEnd).SetProperty(m => m.LockedBy, _instance), cancellationToken);
    }

    private async Task MarkDeliveredAsync(ModuleDbContext context, List<Guid> delivered, CancellationToken cancellationToken)
    {
        if (delivered.Count == 0)
        {
            return;
        }

        var done = clock.GetUtcNow().UtcDateTime;
        await context.Outbox.Where(m => delivered.Contains(m.Id) && m.LockedBy == _instance).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.ProcessedAt, done).SetProperty(m => m.LockedUntil, (DateTime?)null).SetProperty(m => m.LastError, (string?)null),
            cancellationToken);
    }

    /// <summary>
    /// Records a failed attempt and releases the message until its next one. Never for a delivery that
    /// a shutdown interrupted: that is no failed attempt, and the caller hands the message back.
    /// </summary>
    private async Task<OutboxDeliveryFailure> FailedAsync(ModuleDbContext context, OutboxSource source, OutboxMessage message, Exception exception)
    {
        var attempts = message.Attempts + 1;
        var retryAt = clock.GetUtcNow().UtcDateTime + RetryDelay(attempts);
        var error = Truncate($"{exception.GetType().Name}: {exception.Message}", 4000);
        await RecordAttemptAsync(context, message.Id, attempts, retryAt, error);
        LogDeliveryFailed(exception, source.Module, message.Type, message.Id, attempts, retryAt);
        return new OutboxDeliveryFailure(source.Module, message.Id, message.Type, attempts, error);
    }

    /// <summary>
    /// A row naming a type that is not a registered event is kept for whoever investigates, and never
    /// tried again: a retry cannot make the type known, and the type is never loaded by its name.
    /// </summary>
    private async Task<OutboxDeliveryFailure> DeadLetterAsync(ModuleDbContext context, OutboxSource source, OutboxMessage message)
    {
        var id = message.Id;
        var attempts = message.Attempts + 1;
        var error = Truncate($"Dead-lettered: '{message.Type}' is not a registered integration event type.", 4000);
        await RecordAttemptAsync(context, id, attempts, DeadLettered, error);
        LogDeadLettered(source.Module, Truncate(message.Type, 300), id);
        return new OutboxDeliveryFailure(source.Module, id, message.Type, attempts, error);
    }

    /// <summary>Releases the message until its next attempt; not cancellable, so a failure is always recorded.</summary>
    private Task RecordAttemptAsync(ModuleDbContext context, Guid id, int attempts, DateTime nextAttemptAt, string error) =>
        context.Outbox.Where(m => m.Id == id && m.LockedBy == _instance).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.Attempts, attempts).SetProperty(m => m.NextAttemptAt, nextAttemptAt)
                .SetProperty(m => m.LockedUntil, (DateTime?)null).SetProperty(m => m.LastError, error),
            CancellationToken.None);

    private TimeSpan RetryDelay(int attempts)
    {
        var delay = options.Value.FirstRetryDelay * Math.Pow(2, Math.Min(attempts - 1, 20));
        return delay < options.Value.MaxRetryDelay ? delay : options.Value.MaxRetryDelay;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];

    [LoggerMessage(Level = LogLevel.Information, Message = "Relay stopping: released {Count} claimed {Module} outbox message(s) for the next run")]
    private partial void LogReleased(string module, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Dead-lettered {Module} outbox message {EventId}: its type {Type} is not a registered integration event")]
    private partial void LogDeadLettered(string module, string type, Guid eventId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivery of {Module} outbox message {Type} {EventId} failed (attempt {Attempts}); next attempt at {RetryAt:o}")]
    private partial void LogDeliveryFailed(Exception exception, string module, string type, Guid eventId, int attempts, DateTime retryAt);
}
