using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using GeenKindDeBuurtUit.Platform.Auditing;
using GeenKindDeBuurtUit.Audit.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.Audit.Infrastructure.Trail;

/// <summary>
/// Appends to the chain by group commit (docs/adr/0021). Each caller queues its entry and waits;
/// whoever holds the writer's turn takes every entry queued so far and appends them in one
/// transaction, chained in queue order, then releases each waiting caller. A caller's wait ends
/// only when its record is committed, or with the error that kept it from being written, so no
/// answer leaves without its record. The append runs on a kept connection with prepared statements
/// and the head held in memory (<see cref="ChainAppender"/>, docs/adr/0065); another process that
/// moved the head first turns the append down, and the batch is then built again on the new head.
/// Under load the writer first lets the requests in flight queue their entries (docs/adr/0076): a
/// commit costs the same pages, and readers' page caches, whether it holds one record or fifteen.
/// </summary>
internal sealed class AuditTrail(IServiceScopeFactory scopes, TimeProvider clock, ChainKey key) : IAuditTrail, IDisposable
{
    public const int MaxAttempts = 10;

    /// <summary>Enough to drain a busy host's queue in a transaction or two, small enough to keep one transaction short.</summary>
    public const int MaxBatch = 256;

    /// <summary>A commit this recent means the host is busy: more entries are on their way.</summary>
    private static readonly TimeSpan Busy = TimeSpan.FromMilliseconds(2);

    /// <summary>How often a busy writer steps back for requests in flight before it takes the queue.</summary>
    private const int Gathering = 2;

    private readonly ConcurrentQueue<PendingRecord> queue = new();
    private long lastCommit;
    private readonly SemaphoreSlim turn = new(1, 1);
    private readonly ChainAppender appender = new(scopes, key);

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
                    await GatherAsync();
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

    public void Dispose()
    {
        turn.Dispose();
        appender.Dispose();
    }

    /// <summary>
    /// On a busy host, yields the thread a couple of times so requests that are running reach their
    /// record before the batch is taken; a yield costs microseconds, and nothing when the pool has
    /// no other work. A quiet host writes at once.
    /// </summary>
    private async ValueTask GatherAsync()
    {
        if (Stopwatch.GetElapsedTime(Volatile.Read(ref lastCommit)) > Busy)
        {
            return;
        }

        for (var i = 0; i < Gathering && queue.Count < MaxBatch; i++)
        {
            await Task.Yield();
        }
    }

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
        var entries = batch.Select(p => p.Entry).ToList();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (await appender.AppendAsync(entries, clock.GetUtcNow().UtcDateTime))
                {
                    Volatile.Write(ref lastCommit, Stopwatch.GetTimestamp());
                    foreach (var pending in batch)
                    {
                        pending.Committed();
                    }

                    return;
                }

                if (attempt == MaxAttempts)
                {
                    throw new InvalidOperationException($"The audit chain's head moved under each of {MaxAttempts} attempts to append.");
                }
            }
            catch (Exception exception) when (exception is DbException or DbUpdateException && attempt < MaxAttempts)
            {
                // A broken connection, or a record of another process in the way: open afresh and read the head again.
                appender.Reset();
            }
            catch (Exception exception)
            {
                appender.Reset();
                foreach (var pending in batch)
                {
                    pending.Failed(exception);
                }

                return;
            }

            // Another process moved the head: build the batch again on the new one.
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 * attempt)));
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
