using System.Diagnostics;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Faults;

/// <summary>
/// Fault injection for the crash-safety tests (docs/adr/0017). A named point in the code where a
/// crash is most harmful calls <see cref="Reached"/>. Unarmed, which is always so outside those
/// tests, that is one test of a static field read once at start-up. Armed through the environment:
/// <c>GKDBU_CRASH_AT=&lt;point&gt;:&lt;n&gt;</c> kills the process with SIGKILL the n-th time the point
/// is reached (no finally block, no flush, like a power cut); <c>GKDBU_HANG_AT=&lt;point&gt;:&lt;n&gt;</c>
/// holds that arrival until its cancellation token fires, so a graceful shutdown meets work in flight.
/// </summary>
public static class CrashPoint
{
    public const string KillVariable = "GKDBU_CRASH_AT";
    public const string HangVariable = "GKDBU_HANG_AT";

    private static readonly Trigger? Kill = Trigger.Parse(KillVariable, Environment.GetEnvironmentVariable(KillVariable));
    private static readonly Trigger? Hang = Trigger.Parse(HangVariable, Environment.GetEnvironmentVariable(HangVariable));

    /// <summary>What is armed, for the host to say so at start-up (and to fail there on a typo); null when nothing is.</summary>
    public static string? Armed =>
        Kill is null && Hang is null ? null : string.Join(", ", new[] { Kill?.Describe(KillVariable), Hang?.Describe(HangVariable) }.OfType<string>());

    /// <summary>Kills the process here when this is the armed point's armed arrival.</summary>
    public static void Reached(string point)
    {
        if (Kill is not null && Kill.Fires(point, out var arrival))
        {
            // Straight to stderr, unbuffered: the logger's queue would die with the process.
            Console.Error.WriteLine($"CRASH POINT {point} reached ({arrival}): killing process {Environment.ProcessId} with SIGKILL");
            Console.Error.Flush();
            Process.GetCurrentProcess().Kill();
            Thread.Sleep(Timeout.Infinite);
        }
    }

    /// <summary>As <see cref="Reached"/>, and holds the armed arrival of a hang point until cancelled.</summary>
    public static async ValueTask ReachedAsync(string point, CancellationToken cancellationToken)
    {
        Reached(point);
        if (Hang is not null && Hang.Fires(point, out var arrival))
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

        public static Trigger? Parse(string variable, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            var separator = value.LastIndexOf(':');
            if (separator <= 0 || !int.TryParse(value[(separator + 1)..], out var arrival) || arrival < 1 || !CrashPoints.All.Contains(value[..separator]))
            {
                // A typo must not silently run the test without its fault.
                throw new InvalidOperationException(
                    $"{variable}='{value}' is not '<point>:<n>' with n >= 1 and point one of {string.Join(", ", CrashPoints.All)}.");
            }

            return new Trigger(value[..separator], arrival);
        }
    }
}
