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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.TrimInterval;
        if (interval == TimeSpan.Zero || !CanTrim)
        {
            logger.LogDebug("The native heap is not trimmed: {Reason}.", CanTrim ? "NativeHeap:TrimInterval is zero" : "this C library cannot");
            return;
        }

        using var timer = new PeriodicTimer(interval, time);
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
}
