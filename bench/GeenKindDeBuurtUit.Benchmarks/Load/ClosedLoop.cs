using System.Diagnostics;

namespace GeenKindDeBuurtUit.Benchmarks.Load;

/// <summary>
/// A closed-loop load generator: each of N workers sends its next request only when the previous one
/// answered, so the offered load follows the server's speed (no coordinated-omission correction needed
/// for a closed system). A short warm-up is not counted. A scenario may run out of work (a pool of
/// prepared cases): the run then ends early and counts what completed.
/// </summary>
internal static class ClosedLoop
{
    private const int WarmupRequests = 10;

    /// <param name="operation">Sends one request for worker and sequence number; false when it failed, null when there is no more work.</param>
    public static async Task<LoadResult> RunAsync(int connections, TimeSpan duration, TimeSpan warmup, Func<int, long, Task<bool?>> operation)
    {
        var latencies = new List<double>[connections];
        long errors = 0;
        long sequence = 0;

        // A few requests one by one first: the first call of a path compiles and caches (JIT, EF model, query plans).
        for (var i = 0; i < WarmupRequests; i++)
        {
            await operation(0, ++sequence);
        }

        var clock = Stopwatch.StartNew();
        var measureFrom = warmup;
        var end = warmup + duration;
        var lastEnd = TimeSpan.Zero;
        var workers = Enumerable.Range(0, connections).Select(worker => Task.Run(async () =>
        {
            var own = latencies[worker] = new List<double>(4096);
            while (clock.Elapsed < end)
            {
                var started = clock.Elapsed;
                var outcome = await operation(worker, Interlocked.Increment(ref sequence));
                var finished = clock.Elapsed;
                if (outcome is null)
                {
                    break;
                }

                if (started >= measureFrom)
                {
                    if (outcome.Value)
                    {
                        own.Add((finished - started).TotalMilliseconds);
                    }
                    else
                    {
                        Interlocked.Increment(ref errors);
                    }

                    lock (latencies)
                    {
                        lastEnd = finished > lastEnd ? finished : lastEnd;
                    }
                }
            }
        })).ToList();
        await Task.WhenAll(workers);
        var seconds = (lastEnd - measureFrom).TotalSeconds;
        return LoadResult.From(connections, latencies.SelectMany(l => l).ToList(), errors, seconds > 0 ? seconds : double.Epsilon);
    }
}
