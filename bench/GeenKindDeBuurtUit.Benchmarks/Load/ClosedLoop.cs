using System.Diagnostics;

namespace GeenKindDeBuurtUit.Benchmarks.Load;

/// <summary>
/// A closed-loop load generator for the raw storage ceilings in this process (no HTTP: the paths and bare Kestrel
/// are wrk's, docs/adr/0064): each of N workers sends its next request only when the previous one
/// answered, so the offered load follows the server's speed (no coordinated-omission correction needed
/// for a closed system). A short warm-up is not counted. A scenario may run out of work (a pool of
/// prepared cases): the run then ends early, counts what completed and says that it ran out.
/// </summary>
internal static class ClosedLoop
{
    private const int WarmupRequests = 10;

    /// <param name="operation">Sends one request for worker and sequence number; false when it failed, null when there is no more work.</param>
    /// <param name="capacity">How many requests the scenario's pool holds, when it is finite.</param>
    public static async Task<LoadResult> RunAsync(int connections, TimeSpan duration, TimeSpan warmup, Func<int, long, Task<bool?>> operation, int? capacity = null)
    {
        var latencies = new List<double>[connections];
        long errors = 0;
        long sequence = 0;
        var ranOut = false;

        // A few requests one by one first: the first call of a path compiles and caches (JIT, EF model, query plans).
        for (var i = 0; i < WarmupRequests; i++)
        {
            ranOut |= await operation(0, ++sequence) is null;
        }

        // A finite pool must not be spent in the warm-up window: at 32 connections a pool of 120 prepared
        // cases once went entirely into the first 0.75 s and the path reported 0 requests. The warm-up
        // therefore also ends once a quarter of what is left of the pool has been started.
        var warmupUntil = capacity is { } pool ? sequence + Math.Max(0, (pool - sequence) / 4) : long.MaxValue;
        var clock = Stopwatch.StartNew();
        var end = warmup + duration;

        // A window shorter than one answer (the smoke scale on a busy machine) would count nothing:
        // the loop then goes on until every worker has one counted answer, within ten windows.
        var lastChance = warmup + (duration * 10);
        long counted = 0;
        var firstStart = TimeSpan.MaxValue;
        var lastEnd = TimeSpan.Zero;
        var workers = Enumerable.Range(0, connections).Select(worker => Task.Run(async () =>
        {
            var own = latencies[worker] = new List<double>(4096);
            while ((clock.Elapsed < end || (Interlocked.Read(ref counted) < connections && clock.Elapsed < lastChance)) && !Volatile.Read(ref ranOut))
            {
                var started = clock.Elapsed;
                var number = Interlocked.Increment(ref sequence);
                var outcome = await operation(worker, number);
                var finished = clock.Elapsed;
                if (outcome is null)
                {
                    Volatile.Write(ref ranOut, true);
                    break;
                }

                if (started < warmup && number <= warmupUntil)
                {
                    continue;
                }

                Interlocked.Increment(ref counted);
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
                    firstStart = started < firstStart ? started : firstStart;
                    lastEnd = finished > lastEnd ? finished : lastEnd;
                }
            }
        })).ToList();
        await Task.WhenAll(workers);
        var seconds = (lastEnd - firstStart).TotalSeconds;
        return LoadResult.From(connections, latencies.SelectMany(l => l).ToList(), errors, seconds > 0 ? seconds : double.Epsilon, ranOut);
    }
}
