using System.Diagnostics;
using System.Runtime.InteropServices;

namespace GeenKindDeBuurtUit.Benchmarks.Seeding;

/// <summary>
/// How long this seeding step may run (<c>--step-minutes</c>), and whether it was asked to stop
/// (SIGTERM or Ctrl+C): either way the step ends after the chunk in hand, with its progress saved,
/// and the next run goes on from there. A second signal ends the process at once.
/// </summary>
internal sealed class StepBudget : IDisposable
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly TimeSpan? _limit;
    private readonly List<PosixSignalRegistration> _signals = [];
    private volatile bool _stopRequested;

    public StepBudget(TimeSpan? limit)
    {
        _limit = limit;
        foreach (var signal in new[] { PosixSignal.SIGTERM, PosixSignal.SIGINT })
        {
            _signals.Add(PosixSignalRegistration.Create(signal, context =>
            {
                if (_stopRequested)
                {
                    return;
                }

                _stopRequested = true;
                context.Cancel = true;
                Console.WriteLine("seed: asked to stop; ending the step after the chunk in hand (signal again to end at once)");
            }));
        }
    }

    public TimeSpan Elapsed => _clock.Elapsed;

    public bool Spent => _stopRequested || (_limit is { } limit && _clock.Elapsed >= limit);

    public void Dispose()
    {
        foreach (var signal in _signals)
        {
            signal.Dispose();
        }
    }
}
