using System.Diagnostics;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Faults;

namespace GeenKindDeBuurtUit.Host.Faults;

/// <summary>
/// The crash tests' injector, armed through the environment: <c>GKDBU_CRASH_AT=&lt;point&gt;:&lt;n&gt;</c> kills
/// the process with SIGKILL the n-th time the point is reached (no finally block, no flush, like a
/// power cut); <c>GKDBU_HANG_AT=&lt;point&gt;:&lt;n&gt;</c> holds that arrival until its cancellation token
/// fires, so a graceful shutdown meets work in flight. Only a host started with
/// <see cref="FaultInjection.Switch"/> gets one.
/// </summary>
internal sealed class ArmedFaultInjector : IFaultInjector
{
    private readonly Trigger? _kill;
    private readonly Trigger? _hang;

    public ArmedFaultInjector(string? kill, string? hang, IEnumerable<FaultPoint> points)
    {
        var known = points.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        _kill = Trigger.Parse(FaultInjection.KillVariable, kill, known);
        _hang = Trigger.Parse(FaultInjection.HangVariable, hang, known);
    }

    /// <summary>What is armed, for the host to say so at start-up; null when nothing is.</summary>
    public string? Armed =>
        _kill is null && _hang is null
            ? null
            : string.Join(", ", new[] { _kill?.Describe(FaultInjection.KillVariable), _hang?.Describe(FaultInjection.HangVariable) }.OfType<string>());

    public void Reached(string point)
    {
        if (_kill is not null && _kill.Fires(point, out var arrival))
        {
            // Straight to stderr, unbuffered: the logger's queue would die with the process.
            Console.Error.WriteLine($"CRASH POINT {point} reached ({arrival}): killing process {Environment.ProcessId} with SIGKILL");
            Console.Error.Flush();
            Process.GetCurrentProcess().Kill();
            Thread.Sleep(Timeout.Infinite);
        }
    }

    public async ValueTask ReachedAsync(string point, CancellationToken cancellationToken)
    {
        Reached(point);
        if (_hang is not null && _hang.Fires(point, out var arrival))
        {
            Console.Error.WriteLine($"HANG POINT {point} reached ({arrival}): waiting for cancellation");
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
    }

    private sealed class Trigger(string point, int arrival)
    {
        private int _arrivals;

        public string Describe(string variable) => $"{variable}={point}:{arrival}";

        public bool Fires(string reached, out int count)
        {
            count = 0;
            if (!string.Equals(reached, point, StringComparison.Ordinal))
            {
                return false;
            }

            count = Interlocked.Increment(ref _arrivals);
            return count == arrival;
        }

        public static Trigger? Parse(string variable, string? value, IReadOnlySet<string> known)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            var separator = value.LastIndexOf(':');
            if (separator <= 0 || !int.TryParse(value[(separator + 1)..], out var arrival) || arrival < 1 || !known.Contains(value[..separator]))
            {
                // A typo must not silently run the test without its fault.
                throw new InvalidOperationException(
                    $"{variable}='{value}' is not '<point>:<n>' with n >= 1 and point one of {string.Join(", ", known.Order(StringComparer.Ordinal))}.");
            }

            return new Trigger(value[..separator], arrival);
        }
    }
}
