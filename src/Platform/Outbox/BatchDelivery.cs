using System.Runtime.CompilerServices;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Faults;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace GeenKindDeBuurtUit.Platform.Outbox;

/// <summary>
/// Runs the deliveries the handlers of one scope noted for a batch of events (docs/adr/0080): every
/// receiving module's share in the order of the events, with one inbox question, one transaction and
/// one commit for the module. When one of them fails the module's transaction rolls back and each of
/// its deliveries runs alone, as a single event would, so only the failing event is retried.
/// </summary>
internal sealed class BatchDelivery(IFaultInjector faults, IOutboxRelaySignal? signal, int perTransaction)
{
    // Every share asks it: compiled, the question skips EF's translation and cache lookup. A compiled
    // query serves the model it first ran on, and every module has a model of its own.
    private static readonly ConditionalWeakTable<IModel, Func<ModuleDbContext, Guid[], IAsyncEnumerable<Handled>>> InInbox = [];

    /// <returns>The events a handler failed on, with the first failure of each.</returns>
    public async Task<IReadOnlyDictionary<Guid, Exception>> DeliverAsync(IReadOnlyList<IntegrationEventDelivery> deliveries, CancellationToken cancellationToken)
    {
        var failures = new Dictionary<Guid, Exception>();
        foreach (var share in deliveries.GroupBy(d => d.Context).SelectMany(module => module.Chunk(perTransaction)))
        {
            try
            {
                await DeliverTogetherAsync(share[0].Context, [.. share], cancellationToken);
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                foreach (var delivery in share)
                {
                    try
                    {
                        await delivery.DeliverAloneAsync(cancellationToken);
                    }
                    catch (Exception failure) when (failure is not OperationCanceledException && !cancellationToken.IsCancellationRequested)
                    {
                        failures.TryAdd(delivery.EventId, failure);
                    }
                }
            }
        }

        return failures;
    }

    /// <summary>The deliveries whose event the handler does not have yet, asked of the module's inbox at once.</summary>
    private static async Task<List<IntegrationEventDelivery>> DueAsync(ModuleDbContext context, List<IntegrationEventDelivery> deliveries, CancellationToken cancellationToken)
    {
        var events = deliveries.Select(d => d.EventId).Distinct().ToArray();
        context.ChangeTracker.Clear();
        var inInbox = InInbox.GetValue(context.Model, static _ => EF.CompileAsyncQuery(
            (ModuleDbContext module, Guid[] ids) => module.Inbox.AsNoTracking().Where(m => ids.Contains(m.EventId)).Select(m => new Handled(m.EventId, m.Handler))));
        var handled = new HashSet<Handled>();
        await foreach (var delivered in inInbox(context, events).WithCancellation(cancellationToken))
        {
            handled.Add(delivered);
        }

        return [.. deliveries.Where(d => !handled.Contains(new Handled(d.EventId, d.Handler)))];
    }

    private async Task DeliverTogetherAsync(ModuleDbContext context, List<IntegrationEventDelivery> share, CancellationToken cancellationToken)
    {
        // The inbox question and the transaction on one connection, taken from the pool once.
        await context.Database.OpenConnectionAsync(cancellationToken);
        bool wroteOutbox;
        try
        {
            var due = await DueAsync(context, share, cancellationToken);
            if (due.Count == 0)
            {
                return;
            }

            // SQL Server's retrying strategy refuses a user transaction outside of it; a retry runs every delivery again.
            wroteOutbox = await context.Database.CreateExecutionStrategy().ExecuteAsync(
                (Context: context, Due: due), static (_, state, ct) => RunInOneTransactionAsync(state.Context, state.Due, ct), verifySucceeded: null, cancellationToken);
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }

        await faults.ReachedAsync(PlatformFaultPoints.HandlerCommitted, cancellationToken);
        if (wroteOutbox)
        {
            signal?.OutboxWritten();
        }
    }

    private static async Task<bool> RunInOneTransactionAsync(ModuleDbContext context, List<IntegrationEventDelivery> due, CancellationToken cancellationToken)
    {
        var wroteOutbox = false;
        context.ChangeTracker.Clear();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        if (context.DeliveriesTakeTurns && context.Database.RunsOnPostgreSql())
        {
            // A share locks rows event by event, in the order of its batch; two shares to a module whose events share rows,
            // from two relays or two hosts, could take them in the opposite order and deadlock. Its shares take turns
            // instead, until their commit (docs/adr/0087). SQLite writes one transaction at a time anyway.
            await context.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({ShareLock(context)}, 0))", cancellationToken);
        }

        foreach (var delivery in due)
        {
            // Each delivery starts from a clean tracker, as it would alone; what it saved stays in the transaction.
            wroteOutbox |= await delivery.SaveAsync(cancellationToken);
            context.ChangeTracker.Clear();
        }

        await transaction.CommitAsync(cancellationToken);
        return wroteOutbox;
    }

    /// <summary>The name of the lock a module's shares take turns on: the same on every host.</summary>
    private static string ShareLock(ModuleDbContext context) => "outbox share to " + context.GetType().FullName;

    private sealed record Handled(Guid EventId, string Handler);
}
