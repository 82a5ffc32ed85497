using Microsoft.Extensions.Options;

namespace GeenKindDeBuurtUit.Host.Memory;

/// <summary>
/// Hands the C library's free memory back every few seconds. Under the creates' load the host's native
/// heap held 30 MB freed but kept between blocks still in use, and more the longer the load ran; a trim
/// takes a few milliseconds (docs/adr/0085).
/// </summary>
internal sealed class NativeHeapTrimmer(IOptions<NativeHeapOptions> options, TimeProvider time, ILogger<NativeHeapTrimmer> logger) : BackgroundService
{
    /// <summary>What a tick calls: the C library's trim, or a test's count.</summary>
    internal Func<bool> Trim { get; init; } = NativeHeap.Trim;

    internal bool CanTrim { get; init; } = NativeHeap.CanTrim;

    private PeriodicTimer? timer;

    /// <summary>
    /// Starts the schedule with the host. Since .NET 10 the host runs all of ExecuteAsync on the thread
    /// pool, later or sooner; a timer made there would start its interval whenever that happened.
    /// </summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var interval = options.Value.TrimInterval;
        if (interval != TimeSpan.Zero && CanTrim)
        {
            timer = new PeriodicTimer(interval, time);
        }

        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (timer is null)
        {
            logger.LogDebug("The native heap is not trimmed: {Reason}.", CanTrim ? "NativeHeap:TrimInterval is zero" : "this C library cannot");
            return;
        }

        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                Trim();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    public override void Dispose()
    {
        timer?.Dispose();
        base.Dispose();
    }
}
