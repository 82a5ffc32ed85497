using System.Diagnostics;
using GeenKindDeBuurtUit.Benchmarks.Report;
using GeenKindDeBuurtUit.Benchmarks.Seeding;
using GeenKindDeBuurtUit.Benchmarks.Storage;

namespace GeenKindDeBuurtUit.Benchmarks.Load;

/// <summary>A process wrk sends load to, whose CPU time is read around each run, and the bearer token of the path's role.</summary>
internal sealed record LoadTarget(ChildProcess Process, string? Token);

/// <summary>How wrk drives every path: connections and threads, the warm-up's rounds and cap, the measured run's length.</summary>
internal sealed record LoadSettings(int Connections, int Threads, TimeSpan Round, TimeSpan WarmupCap, TimeSpan Duration);

/// <summary>What one path measured.</summary>
internal sealed record PathFigures(LoadResult Result, double CpuMsPerRequest, Warmup Warmup, Drain? Drain);

/// <summary>
/// Drives a path with wrk: in rounds until the host's CPU per request of two rounds in a row differs by less than
/// 10% (the JIT has gone quiet) or the warm-up's cap is reached, then one measured run with the host's CPU time read
/// from /proc before and after; a write then waits for the outbox to drain and reports that too (docs/adr/0064).
/// </summary>
internal sealed class PathRunner(string folder, LoadSettings settings, Store store)
{
    private const double QuietWithin = 0.10;
    private int _runs;

    public async Task<PathFigures> MeasureAsync(WrkPath path, IReadOnlyList<LoadTarget> targets, IReadOnlyList<Guid>? pool = null)
    {
        var (warmup, spent) = await WarmUpAsync(path, targets, pool);
        if (path.IsWrite)
        {
            // The warm-up's backlog is not the measured run's drain.
            await Database.DrainAsync(store, TimeSpan.FromMinutes(5));
        }

        if (pool is null)
        {
            // The host answers one connection before the measured run starts: a stall of the warm-up must not be measured.
            await RecoverAsync(path, targets, Stopwatch.StartNew(), TimeSpan.FromSeconds(30));
        }

        var idle = await SettleAsync(targets);
        var rest = pool?.Skip(spent).ToList();
        var (measured, measuredCpuMs) = await DriveAsync(path, targets, settings.Duration, rest);
        var result = Wrk.ToLoadResult(measured, settings.Connections, ranOut: measured.ActiveUs > 0);
        var cpuPerRequest = measuredCpuMs / Math.Max(1, measured.Requests);
        var drain = path.IsWrite ? await DrainAsync(targets, measured, measuredCpuMs) : null;
        return new PathFigures(result, Math.Round(cpuPerRequest, 4), warmup with { IdleCpuMsPerSecond = idle }, drain);
    }

    /// <returns>The warm-up's figures and how many of the pool's cases it spent.</returns>
    private async Task<(Warmup Warmup, int Spent)> WarmUpAsync(WrkPath path, IReadOnlyList<LoadTarget> targets, IReadOnlyList<Guid>? pool)
    {
        var spent = 0;
        var clock = Stopwatch.StartNew();

        // One connection, then eight, before all 32: 32 at once on a path nobody had called yet left a fresh host
        // answering nothing for seconds, and the requests wrk gave up on at the end of each round kept it so.
        foreach (var connections in new[] { 1, 8 })
        {
            var prime = pool is null ? null : pool.Skip(spent).Take(Math.Min(connections * 10, pool.Count / 10)).ToList();
            if (prime is not { Count: 0 })
            {
                var (primed, _) = await DriveAsync(path, targets, settings.Round, prime, connections);
                spent += Taken(primed, prime);
            }
        }

        double? previous = null;
        var rounds = 0;
        while (clock.Elapsed < settings.WarmupCap)
        {
            List<Guid>? share = null;
            if (pool is not null)
            {
                // The warm-up spends at most half of a pool, offered a quarter at a time; the measured run gets the rest.
                var take = Math.Min(pool.Count / 4, (pool.Count / 2) - spent);
                if (take < settings.Connections)
                {
                    break;
                }

                share = pool.Skip(spent).Take(take).ToList();
            }

            var (summary, cpuMs) = await DriveAsync(path, targets, settings.Round, share);
            spent += Taken(summary, share);
            rounds++;

            // A round that answered fewer requests than it has connections says nothing about the JIT.
            double? perRequest = summary.Requests >= settings.Connections ? cpuMs / summary.Requests : null;
            if (perRequest is { } now && previous is { } last && Math.Abs(now - last) < QuietWithin * last)
            {
                return (new Warmup(Math.Round(clock.Elapsed.TotalSeconds, 1), rounds, Quiet: true), spent);
            }

            if (perRequest is null && pool is null)
            {
                await RecoverAsync(path, targets, clock);
            }

            previous = perRequest;
        }

        return (new Warmup(Math.Round(clock.Elapsed.TotalSeconds, 1), rounds, Quiet: false), spent);
    }

    /// <summary>How many of a share's leading cases a run sent requests for: the cases after them are still unspent.</summary>
    private static int Taken(Wrk.Summary summary, List<Guid>? share) => share is null ? 0 : (int)Math.Min(share.Count, summary.Taken);

    /// <summary>
    /// A host that fell behind (on this machine, audited reads at 32 connections stalled for many seconds) is given
    /// one connection at a time until it answers again (at most until the warm-up's cap, or 30 s before a measured
    /// run), rather than 32 more requests each round that wrk gives up on and the host still works through.
    /// </summary>
    private async Task RecoverAsync(WrkPath path, IReadOnlyList<LoadTarget> targets, Stopwatch clock, TimeSpan? until = null)
    {
        while (clock.Elapsed < (until ?? settings.WarmupCap))
        {
            var (summary, _) = await DriveAsync(path, targets, settings.Round, null, connections: 1);
            if (summary.Requests > 0)
            {
                return;
            }
        }
    }

    /// <summary>From the end of the load until every outbox is delivered: its time and the host's CPU, folded into the writes.</summary>
    private async Task<Drain> DrainAsync(IReadOnlyList<LoadTarget> targets, Wrk.Summary measured, double measuredCpuMs)
    {
        var before = Cpu(targets);
        var clock = Stopwatch.StartNew();
        var complete = await Database.DrainAsync(store, () => false, TimeSpan.FromMinutes(5), TimeSpan.FromMilliseconds(100));
        var seconds = clock.Elapsed.TotalSeconds;
        var cpuMs = Cpu(targets) - before;
        var written = Math.Max(1, measured.Requests - measured.Errors);
        return new Drain(
            Math.Round(seconds, 2), Math.Round(cpuMs, 1), Math.Round((measuredCpuMs + cpuMs) / written, 4),
            Math.Round(written / (measured.Seconds + seconds), 1), complete);
    }

    /// <summary>One wrk run per target at once, the connections and threads split between them; the CPU of all targets.</summary>
    private async Task<(Wrk.Summary Summary, double CpuMs)> DriveAsync(
        WrkPath path, IReadOnlyList<LoadTarget> targets, TimeSpan duration, List<Guid>? share, int? connections = null)
    {
        var number = ++_runs;
        var perTarget = Math.Max(1, (connections ?? settings.Connections) / targets.Count);
        var threads = Math.Min(perTarget, Math.Max(1, settings.Threads / targets.Count));
        var before = Cpu(targets);
        var runs = targets.Select((target, index) =>
        {
            string? poolFile = null;
            if (share is not null)
            {
                poolFile = Path.Combine(folder, $"pool-{number}-{index}.txt");
                File.WriteAllLines(poolFile, share.Where((_, i) => i % targets.Count == index).Select(id => id.ToString()));
            }

            return Wrk.RunAsync(path.Script, target.Process.BaseAddress + path.UrlPath, target.Token, perTarget, threads, duration,
                path.Args(new WrkRun(number, index, poolFile, threads)));
        }).ToList();
        var summaries = await Task.WhenAll(runs);
        return (Combine(summaries), Cpu(targets) - before);
    }

    /// <summary>
    /// Waits (at most 10 s) until the hosts use less than a tenth of a core: requests wrk gave up on at the end of the
    /// warm-up are still being answered, and their CPU must not count against the measured run's requests.
    /// </summary>
    /// <returns>The hosts' CPU in the last half second without load, in ms a second: what a request's figure carries of the host's background work.</returns>
    private static async Task<double> SettleAsync(IReadOnlyList<LoadTarget> targets)
    {
        var clock = Stopwatch.StartNew();
        var last = Cpu(targets);
        double perSecond;
        do
        {
            var window = Stopwatch.StartNew();
            await Task.Delay(500);
            var now = Cpu(targets);
            perSecond = (now - last) / window.Elapsed.TotalSeconds;
            last = now;
        }
        while (perSecond >= 100 * targets.Count && clock.Elapsed < TimeSpan.FromSeconds(10));
        return Math.Round(perSecond, 1);
    }

    private static double Cpu(IReadOnlyList<LoadTarget> targets) => targets.Sum(t => ProcessCpu.Read(t.Process.ProcessId).TotalMilliseconds);

    /// <summary>
    /// Two generators' figures as one: counts add up; the percentiles are the worse of the two, not a merge; what was taken
    /// of the pool counts in the share both files were cut from.
    /// </summary>
    private static Wrk.Summary Combine(IReadOnlyList<Wrk.Summary> all) => all.Count == 1 ? all[0] : new(
        all.Sum(s => s.Requests), all.Max(s => s.DurationUs), all.All(s => s.ActiveUs > 0) ? all.Max(s => s.ActiveUs) : 0,
        all.Sum(s => s.ConnectErrors), all.Sum(s => s.ReadErrors), all.Sum(s => s.WriteErrors), all.Sum(s => s.StatusErrors), all.Sum(s => s.Timeouts),
        all.Max(s => s.P50Us), all.Max(s => s.P95Us), all.Max(s => s.P99Us), all.Max(s => s.MaxUs),
        // Target i's file holds every n-th case of the share from the i-th: its k-th line is the share's (k * n + i)-th.
        all.Select((s, i) => s.Taken == 0 ? 0 : ((s.Taken - 1) * all.Count) + i + 1).Max());
}
