using System.Collections.Concurrent;
using GeenKindDeBuurtUit.Platform.Auditing;
using GeenKindDeBuurtUit.Audit.Domain;
using GeenKindDeBuurtUit.Audit.Infrastructure.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.Audit.Infrastructure.Trail;

/// <summary>
/// Appends to the chain by group commit (docs/adr/0021). Each caller queues its entry and waits;
/// whoever holds the writer's turn takes every entry queued so far and appends them in one
/// transaction, chained in queue order, then releases each waiting caller. A caller's wait ends
/// only when its record is committed, or with the error that kept it from being written, so no
/// answer leaves without its record. On PostgreSQL the head is read under a row lock, so another
/// host's appender waits for it instead (docs/adr/0041); elsewhere another process that moved the
/// head first (SQL Server's second host) fails the head's concurrency check or the sequence key,
/// and the batch is then built again on the new head.
/// </summary>
internal sealed class AuditTrail(IServiceScopeFactory scopes, TimeProvider clock, ChainKey key) : IAuditTrail, IDisposable
{
    public const int MaxAttempts = 10;

    /// <summary>Enough to drain a busy host's queue in a transaction or two, small enough to keep one transaction short.</summary>
    public const int MaxBatch = 256;

    private readonly ConcurrentQueue<PendingRecord> queue = new();
    private readonly SemaphoreSlim turn = new(1, 1);

    /// <remarks>
    /// The token is honoured only before the entry is queued: once queued it is written with its
    /// batch, so a caller that stops waiting cannot take other callers' records with it.
    /// </remarks>
    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var pending = new PendingRecord(entry);
        queue.Enqueue(pending);
        while (!pending.Written.IsCompleted)
        {
            await turn.WaitAsync(CancellationToken.None);
            try
            {
                // The writer before may have taken this entry with its batch.
                if (!pending.Written.IsCompleted)
                {
                    await WriteAsync(TakeBatch());
                }
            }
            finally
            {
                turn.Release();
            }
        }

        await pending.Written;
    }

    public void Dispose() => turn.Dispose();

    private List<PendingRecord> TakeBatch()
    {
        var batch = new List<PendingRecord>(Math.Min(queue.Count, MaxBatch));
        while (batch.Count < MaxBatch && queue.TryDequeue(out var next))
        {
            batch.Add(next);
        }

        return batch;
    }

    private async Task WriteAsync(IReadOnlyList<PendingRecord> batch)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await AppendAsync(batch);
                foreach (var pending in batch)
                {
                    pending.Committed();
                }

                return;
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // Another process moved the head: build the batch again on the new one.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 * attempt)));
            }
            catch (Exception exception)
            {
                foreach (var pending in batch)
                {
                    pending.Failed(exception);
                }

                return;
            }
        }
    }

    private async Task AppendAsync(IReadOnlyList<PendingRecord> batch)
    {
        // A context per attempt: a failed attempt leaves nothing tracked for the next one.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        if (!db.Database.RunsOnPostgreSql())
        {
            Chain(db, await db.Heads.SingleOrDefaultAsync(h => h.Id == ChainHead.SingletonId), batch);
            await db.SaveChangesAsync();
            return;
        }

        // The head's row lock queues appenders of every host behind each other (docs/adr/0041). Npgsql's
        // retrying strategy refuses a transaction begun outside it, and runs the whole one again.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync();
            Chain(db, await db.LockHeadAsync(), batch);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        });
    }

    private void Chain(AuditDbContext db, ChainHead? head, IReadOnlyList<PendingRecord> batch)
    {
        if (head is null)
        {
            throw new InvalidOperationException("The audit chain has no head: its migration did not run, or the row was removed.");
        }

        var recordedAt = clock.GetUtcNow().UtcDateTime;
        foreach (var pending in batch)
        {
            var record = AuditRecords.Next(head, pending.Entry, recordedAt, key);
            head.MoveTo(record);
            db.Records.Add(record);
        }
    }

    private sealed class PendingRecord(AuditEntry entry)
    {
        // Asynchronous continuations: the writer completes a whole batch before any waiting request resumes on its thread.
        private readonly TaskCompletionSource written = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public AuditEntry Entry { get; } = entry;

        public Task Written => written.Task;

        public void Committed() => written.TrySetResult();

        public void Failed(Exception exception) => written.TrySetException(exception);
    }
}
