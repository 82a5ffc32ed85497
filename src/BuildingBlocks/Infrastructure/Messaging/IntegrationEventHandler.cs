using System.Runtime.CompilerServices;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Faults;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// The receiving side of an integration event in one module. The module's change and the inbox
/// record commit in one transaction; an event already in the inbox is skipped, so a redelivery has no
/// second effect. While the relay collects a batch, deliveries wait to run together (docs/adr/0080).
/// </summary>
public abstract class IntegrationEventHandler<TEvent, TContext>(TContext context) : INotificationHandler<TEvent>
    where TEvent : IntegrationEvent
    where TContext : ModuleDbContext
{
    // Every delivery asks the inbox first; compiled, the question skips EF's translation and cache
    // lookup. A compiled query serves one model only, and a process may hold several (tests' hosts).
    private static readonly ConditionalWeakTable<IModel, Func<TContext, Guid, string, CancellationToken, Task<bool>>> InInbox = [];

    protected TContext Context { get; } = context;

    public async ValueTask Handle(TEvent notification, CancellationToken cancellationToken)
    {
        if (Context.Collector?.TryNote(new Delivery(this, notification)) is not true)
        {
            await DeliverAloneAsync(notification, cancellationToken);
        }
    }

    private async Task DeliverAloneAsync(TEvent notification, CancellationToken cancellationToken)
    {
        var handler = GetType().FullName!;

        // One connection for the inbox question and the unit, not one opened and closed for each.
        await Context.Database.OpenConnectionAsync(cancellationToken);
        bool wroteOutbox;
        try
        {
            if (await HandledAsync(notification.EventId, handler, cancellationToken))
            {
                return;
            }

            // SQL Server's retrying execution strategy refuses a user transaction outside of it; a retry
            // runs the whole unit again from a clean change tracker.
            var strategy = Context.Database.CreateExecutionStrategy();
            wroteOutbox = await strategy.ExecuteAsync(
                (Handler: this, Notification: notification, Name: handler),
                static (_, state, ct) => state.Handler.HandleOnceAsync(state.Notification, state.Name, ct), verifySucceeded: null, cancellationToken);
        }
        finally
        {
            await Context.Database.CloseConnectionAsync();
        }

        await Context.Faults.ReachedAsync(PlatformFaultPoints.HandlerCommitted, cancellationToken);
        if (wroteOutbox)
        {
            Context.NotifyOutboxWritten();
        }
    }

    /// <summary>The module's own change. Do not save: the base saves it together with the inbox record.</summary>
    protected abstract Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);

    private async Task<bool> HandleOnceAsync(TEvent notification, string handler, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            Context.ChangeTracker.Clear();
            await using var transaction = await Context.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                var wroteOutbox = await SaveAsync(notification, handler, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return wroteOutbox;
            }
            catch (DbUpdateException failure)
            {
                // Another delivery of the same event won the race and committed first; ours rolls back.
                await transaction.RollbackAsync(CancellationToken.None);
                if (await HandledAsync(notification.EventId, handler, CancellationToken.None))
                {
                    return false;
                }
                else if ((failure is not DbUpdateConcurrencyException && !failure.IsUniqueViolation()) || attempt == 3)
                {
                    // Without SQLite's write gate a concurrent unit can change a row this one read, or insert the one it adds: run it again.
                    throw;
                }
            }
        }
    }

    /// <summary>The module's change and the inbox record, saved in the transaction the caller holds.</summary>
    /// <returns>Whether the unit wrote to the module's outbox.</returns>
    private async Task<bool> SaveAsync(TEvent notification, string handler, CancellationToken cancellationToken)
    {
        await HandleAsync(notification, cancellationToken);
        Context.Inbox.Add(new InboxMessage
        {
            EventId = notification.EventId, Handler = handler,
            EventType = IntegrationEventSerializer.TypeName(typeof(TEvent)), ProcessedAt = Context.Clock.GetUtcNow().UtcDateTime,
        });
        var wroteOutbox = Context.HoldsNewOutboxMessages();
        await Context.SaveChangesAsync(cancellationToken);
        return wroteOutbox;
    }

    private async Task<bool> HandledAsync(Guid eventId, string handler, CancellationToken cancellationToken)
    {
        Context.ChangeTracker.Clear();
        var inInbox = InInbox.GetValue(Context.Model, static _ => EF.CompileAsyncQuery(
            (TContext context, Guid eventId, string handler, CancellationToken _) => context.Inbox.Any(m => m.EventId == eventId && m.Handler == handler)));
        return await inInbox(Context, eventId, handler, cancellationToken);
    }

    private sealed record Delivery(IntegrationEventHandler<TEvent, TContext> Owner, TEvent Event)
        : IntegrationEventDelivery(Owner.Context, Event.EventId, Owner.GetType().FullName!)
    {
        public override Task<bool> SaveAsync(CancellationToken cancellationToken) => Owner.SaveAsync(Event, Handler, cancellationToken);

        public override Task DeliverAloneAsync(CancellationToken cancellationToken) => Owner.DeliverAloneAsync(Event, cancellationToken);
    }
}
