using Hangfire;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Recalculation;

/// <summary>
/// Enqueues one recalculation run per burst of requests: while a run is queued and has not
/// started, further requests need no run of their own, because the queued run reads every pending
/// row when it starts. The hold lasts at most a second, and only while the job store says the run
/// is still queued: a run another host took may have read the pending rows before this request.
/// The job client is resolved on first use: creating it opens the job storage, and design-time
/// tools such as <c>dotnet ef</c>, which build the module's context, have no database to open.
/// </summary>
internal sealed partial class RecalculationSignal(IServiceProvider services, TimeProvider clock, ILogger<RecalculationSignal> logger)
{
    private static readonly long Hold = TimeSpan.FromSeconds(1).Ticks;
    private long _queuedAt;
    private string? _queuedJob;

    public void Requested()
    {
        var now = clock.GetUtcNow().UtcTicks;
        var queuedAt = Interlocked.Read(ref _queuedAt);
        if ((now - queuedAt < Hold && StillQueued())
            || Interlocked.CompareExchange(ref _queuedAt, now, queuedAt) != queuedAt)
        {
            return;
        }

        try
        {
            var job = services.GetRequiredService<IBackgroundJobClient>().Enqueue<FreedFundsRecalculationJob>(job => job.RunPendingAsync(CancellationToken.None));
            Volatile.Write(ref _queuedJob, job);
        }
        catch (Exception exception)
        {
            // The change has committed already and must not fail now; its request waits for the next run or the nightly one.
            Interlocked.Exchange(ref _queuedAt, 0);
            LogEnqueueFailed(exception);
        }
    }

    private bool StillQueued()
    {
        using var connection = services.GetRequiredService<JobStorage>().GetConnection();
        return Volatile.Read(ref _queuedJob) is { } job && connection.GetStateData(job)?.Name == EnqueuedState.StateName;
    }

    public void RunStarted() => Interlocked.Exchange(ref _queuedAt, 0);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not enqueue the freed-funds recalculation; the pending request waits for the next run")]
    private partial void LogEnqueueFailed(Exception exception);
}
