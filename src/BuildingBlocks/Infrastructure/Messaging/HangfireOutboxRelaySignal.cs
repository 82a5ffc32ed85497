using Hangfire;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// Enqueues one relay run per burst of commits: while a run is queued and has not started,
/// further commits need no run of their own, because the queued run will see their rows. The
/// hold lasts at most a second, in case the queued run is picked up by another host instance.
/// </summary>
public sealed class HangfireOutboxRelaySignal(IBackgroundJobClient jobs, TimeProvider clock) : IOutboxRelaySignal
{
    private static readonly long Hold = TimeSpan.FromSeconds(1).Ticks;
    private long _queuedAt;

    public void OutboxWritten()
    {
        var now = clock.GetUtcNow().UtcTicks;
        var queuedAt = Interlocked.Read(ref _queuedAt);
        if (now - queuedAt < Hold || Interlocked.CompareExchange(ref _queuedAt, now, queuedAt) != queuedAt)
        {
            return;
        }

        try
        {
            jobs.Enqueue<OutboxRelayJob>(job => job.RunAsync(CancellationToken.None));
        }
        catch
        {
            Interlocked.Exchange(ref _queuedAt, 0);
            throw;
        }
    }

    internal void RelayStarted() => Interlocked.Exchange(ref _queuedAt, 0);
}
