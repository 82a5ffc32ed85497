using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using Hangfire;
using Hangfire.States;

namespace GeenKindDeBuurtUit.Host.Jobs;

/// <summary>
/// Enqueues one relay run per burst of commits: while a run is queued and has not started,
/// further commits need no run of their own, because the queued run will see their rows. The
/// hold lasts at most a second, and only while the job store says the run is still queued: a run
/// another host took may have claimed its batch before this commit, which then needs a run of its own.
/// While a run of this process is going, a commit does not start a second one beside it (two runs
/// of one process would only compete for the same rows and the single writer): the going run
/// makes one more pass when it ends instead.
/// </summary>
internal sealed class HangfireOutboxRelaySignal(IBackgroundJobClient jobs, JobStorage storage, TimeProvider clock) : IOutboxRelaySignal
{
    private static readonly long Hold = TimeSpan.FromSeconds(1).Ticks;
    private long _queuedAt;
    private string? _queuedJob;
    private int _running;
    private int _again;

    public void OutboxWritten()
    {
        if (Volatile.Read(ref _running) > 0)
        {
            Volatile.Write(ref _again, 1);

            // Read again: a run that ended between the two reads has not seen the flag.
            if (Volatile.Read(ref _running) > 0)
            {
                return;
            }
        }

        var now = clock.GetUtcNow().UtcTicks;
        var queuedAt = Interlocked.Read(ref _queuedAt);
        if ((now - queuedAt < Hold && StillQueued()) || Interlocked.CompareExchange(ref _queuedAt, now, queuedAt) != queuedAt)
        {
            return;
        }

        try
        {
            Volatile.Write(ref _queuedJob, jobs.Enqueue<OutboxRelayJob>(job => job.RunAsync(CancellationToken.None)));
        }
        catch
        {
            Interlocked.Exchange(ref _queuedAt, 0);
            throw;
        }
    }

    private bool StillQueued()
    {
        using var connection = storage.GetConnection();
        return Volatile.Read(ref _queuedJob) is { } job && connection.GetStateData(job)?.Name == EnqueuedState.StateName;
    }

    internal void RelayStarted()
    {
        Interlocked.Increment(ref _running);
        Interlocked.Exchange(ref _queuedAt, 0);
    }

    /// <summary>At the end of a pass: true when commits arrived during it and the run goes on; otherwise the run has ended.</summary>
    internal bool PassEnded()
    {
        if (Interlocked.Exchange(ref _again, 0) == 1)
        {
            return true;
        }

        Interlocked.Decrement(ref _running);

        // A commit that saw this run still going may have set the flag just now, after the first look.
        if (Interlocked.Exchange(ref _again, 0) == 1)
        {
            Interlocked.Increment(ref _running);
            return true;
        }

        return false;
    }

    /// <summary>A run that stopped on an exception (a shutdown) ends without another pass.</summary>
    internal void RelayAborted() => Interlocked.Decrement(ref _running);
}
