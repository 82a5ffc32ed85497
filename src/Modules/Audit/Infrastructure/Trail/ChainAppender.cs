using System.Data.Common;
using GeenKindDeBuurtUit.Audit.Domain;
using GeenKindDeBuurtUit.Audit.Infrastructure.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Platform.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.Audit.Infrastructure.Trail;

/// <summary>
/// Writes batches to the chain on one kept connection with prepared statements (docs/adr/0065). The
/// head is held in memory after each commit; the update that moves it checks it still stands there,
/// so a head another process moved meanwhile turns the append down, and the head is read again.
/// On PostgreSQL an appender that holds the head moves it and inserts the batch in one statement, one
/// round trip (docs/adr/0084); one that holds none, or was turned down, reads the head under its row
/// lock in a transaction of its own (docs/adr/0041), queued behind the other hosts' appenders, and is
/// never turned down there. Only the writer's turn of <see cref="AuditTrail"/> uses it, never two
/// callers at once.
/// </summary>
internal sealed class ChainAppender(IServiceScopeFactory scopes, ChainKey key) : IDisposable
{
    private AsyncServiceScope? scope;
    private AuditDbContext? db;
    private AppendStatements? statements;
    private (long Sequence, string Hash)? head;

    /// <summary>Appends the batch in one transaction; false when another process moved the head first (nothing is written then).</summary>
    public async Task<bool> AppendAsync(IReadOnlyList<AuditEntry> batch, DateTime recordedAt)
    {
        var context = await OpenAsync();
        if (context.Database.RunsOnPostgreSql())
        {
            return await AppendOnPostgreSqlAsync(context, batch, recordedAt);
        }

        // A retrying strategy refuses a transaction begun outside it, and runs the whole one again.
        return await context.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            // The head is read before the transaction, as a process that holds none in memory yet finds it.
            head ??= await statements!.ReadHeadAsync(null);
            await using var transaction = await context.Database.BeginTransactionAsync();
            var dbTransaction = transaction.GetDbTransaction();
            var records = Chain(head, batch, recordedAt);
            if (!await statements!.MoveHeadAsync(dbTransaction, head!.Value, records[^1]))
            {
                await transaction.RollbackAsync();
                head = null;
                return false;
            }

            foreach (var record in records)
            {
                await statements.InsertAsync(dbTransaction, record);
            }

            await transaction.CommitAsync();
            head = (records[^1].Sequence, records[^1].Hash);
            return true;
        });
    }

    private async Task<bool> AppendOnPostgreSqlAsync(AuditDbContext context, IReadOnlyList<AuditEntry> batch, DateTime recordedAt)
    {
        if (head is { } held)
        {
            // Not under the retrying strategy: a statement that failed leaves a connection that may be
            // broken, and the trail resets this appender and tries the batch again on a fresh one.
            var chained = Chain(held, batch, recordedAt);
            if (await statements!.AppendAsync(null, held, chained))
            {
                head = (chained[^1].Sequence, chained[^1].Hash);
                return true;
            }

            // Another host appended since: this batch is chained again on the head it left.
            head = null;
        }

        return await context.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await context.Database.BeginTransactionAsync();
            var dbTransaction = transaction.GetDbTransaction();
            var from = await statements!.ReadHeadAsync(dbTransaction);
            var records = Chain(from, batch, recordedAt);

            // Under the head's row lock the head stands where it was read, so the append goes in.
            if (!await statements.AppendAsync(dbTransaction, from!.Value, records))
            {
                await transaction.RollbackAsync();
                return false;
            }

            await transaction.CommitAsync();
            head = (records[^1].Sequence, records[^1].Hash);
            return true;
        });
    }

    /// <summary>After a failure: the connection and the head are taken afresh by the next append.</summary>
    public void Reset()
    {
        head = null;
        statements?.Dispose();
        statements = null;
        db = null;
        scope?.Dispose();
        scope = null;
    }

    public void Dispose() => Reset();

    private async Task<AuditDbContext> OpenAsync()
    {
        if (db is not null)
        {
            return db;
        }

        scope = scopes.CreateAsyncScope();
        var context = scope.Value.ServiceProvider.GetRequiredService<AuditDbContext>();
        await context.Database.OpenConnectionAsync();
        statements = new AppendStatements(context);
        db = context;
        return context;
    }

    private List<AuditRecord> Chain((long Sequence, string Hash)? from, IReadOnlyList<AuditEntry> batch, DateTime recordedAt)
    {
        if (from is not { } start)
        {
            throw new InvalidOperationException("The audit chain has no head: its migration did not run, or the row was removed.");
        }

        var link = new ChainHead(ChainHead.SingletonId, start.Sequence, start.Hash);
        var records = new List<AuditRecord>(batch.Count);
        foreach (var entry in batch)
        {
            var record = AuditRecords.Next(link, entry, recordedAt, key);
            link.MoveTo(record);
            records.Add(record);
        }

        return records;
    }
}
