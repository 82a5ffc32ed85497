using System.Globalization;
using System.Text;

namespace GeenKindDeBuurtUit.Benchmarks.Report;

internal static class MarkdownReport
{
    public static string Render(BenchResult r)
    {
        var md = new StringBuilder();
        Line(md, $"# Benchmark, scale `{r.Scale}` on {r.Provider}" + (r.Volume < 1 ? $" at volume {r.Volume} (that share of the yearly volumes)" : string.Empty));
        Line(md, "");
        Line(md, $"- started {r.StartedAt:u}, total {r.TotalSeconds:F0} s; commit `{r.Commit}`");
        Line(md, $"- machine: {r.Machine.Cpu}, {r.Machine.Cores} cores, {r.Machine.Os}, {r.Machine.Runtime}");
        Line(md, $"- ceilings: {r.CeilingSetup}");
        var steps = r.Seeding.Steps == 1 ? "in one step" : $"in {r.Seeding.Steps} steps";
        var reused = r.Seeding.Reused ? ", built by earlier runs and reused (--data)" : string.Empty;
        Line(md, $"- seeding {r.Seeding.TotalSeconds:F0} s {steps}{reused}: " + string.Join(", ", r.Seeding.PhaseSeconds.Select(p => $"{p.Key} {p.Value} s")));
        Line(md, "- data: " + string.Join(", ", r.Seeding.Counts.Select(c => $"{c.Key} {c.Value:N0}")));
        if (r.Seeding.MigratedForward.Count > 0)
        {
            Line(md, "- built before newer migrations of " + string.Join(", ", r.Seeding.MigratedForward) + ", applied when a platform opened it, as an upgrade would");
        }
        foreach (var note in r.Notes)
        {
            Line(md, $"- note: {note}");
        }

        Line(md, "");
        Line(md, "## Targets");
        Line(md, "| target | wanted | measured | met |");
        Line(md, "| --- | --- | --- | --- |");
        foreach (var t in r.Targets)
        {
            Line(md, $"| {t.Name} | {t.Wanted} | {t.Actual} | {(t.Met ? "met" : "**missed**")} |");
        }

        Line(md, "");
        Line(md, "## Throughput, latency and host CPU per request (wrk)");
        Line(md, "Host CPU: the serving process's user + system time (/proc/<pid>/stat) over the measured run, per request answered; "
            + "\"x bare\" is that over bare Kestrel's, driven the same way in the same run; the host's idle CPU just before the measured run "
            + "is background work every request's figure carries (at 100 rps, 50 ms/s adds 0.5 ms a request).");
        Line(md, "");
        Line(md, "| path | conns | rps | p50 ms | p95 ms | p99 ms | requests | errors | host CPU ms a request | CPU x bare | rps share of bare | warm-up | host idle CPU ms/s before | ratio to ceiling |");
        Line(md, "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var m in r.Ceilings.Concat(r.Endpoints.Where(e => e.Hosts == 1)))
        {
            var ratio = m.Ceiling is null ? "(ceiling)" : $"{Targets.Percent(m.RatioToCeiling)} of {m.Ceiling}";
            var requests = m.Result.RanOutOfWork ? $"{m.Result.Requests} (prepared cases ran out: {m.Result.Seconds} s measured)" : m.Result.Requests.ToString(CultureInfo.InvariantCulture);
            var warmup = m.Warmup is { } w ? $"{w.Seconds} s, {w.Rounds} rounds{(w.Quiet ? string.Empty : ", not quiet")}" : "-";
            var idle = m.Warmup?.IdleCpuMsPerSecond is { } i ? i.ToString(CultureInfo.InvariantCulture) : "-";
            Line(md, $"| {m.Name} | {m.Result.Connections} | {m.Result.Rps:F0} | {m.Result.P50Ms} | {m.Result.P95Ms} | {m.Result.P99Ms} | {requests} | {m.Result.Errors} "
                + $"| {N(m.CpuMsPerRequest)} | {N(m.CpuRatioToBare)} | {Targets.Percent(m.RpsRatioToBare)} | {warmup} | {idle} | {ratio} |");
        }

        Drains(md, r.Endpoints);
        TwoHosts(md, r.Endpoints);
        Line(md, "");
        Line(md, "## Event propagation (withdrawal answered 200 -> budget summary shows the new freed funds)");
        var p = r.Propagation;
        Line(md, $"{p.Withdrawals} withdrawals one at a time: p50 {p.P50Ms} ms, p95 {p.P95Ms} ms, max {p.MaxMs} ms, {p.TimedOut} not seen within 10 s.");
        Line(md, "");
        Line(md, "## Recalculation of one area (freed funds, after one withdrawal)");
        Line(md, "| referrals in the area | runs | p50 ms | p95 ms | min ms | filled through events in | note |");
        Line(md, "| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var s in r.Recalculation)
        {
            Line(md, $"| {s.Referrals:N0} | {s.Runs} | {s.P50Ms} | {s.P95Ms} | {s.MinMs} | {s.FillSeconds} s | {s.Note} |");
        }

        Line(md, "");
        Line(md, $"## Host memory\nPeak working set (VmHWM) {r.HostMemory.PeakWorkingSetMb:F0} MB; peak private (anonymous resident) memory {r.HostMemory.PeakPrivateMb:F0} MB.");
        return md.ToString();
    }

    /// <summary>The writes with their outbox drain after the load: what a create costs and how many a second the host keeps up with.</summary>
    private static void Drains(StringBuilder md, IReadOnlyList<Measured> endpoints)
    {
        var writes = endpoints.Where(e => e.Drain is not null).ToList();
        if (writes.Count == 0)
        {
            return;
        }

        Line(md, "");
        Line(md, "## Writes with their outbox drain (from the end of the load until every outbox is delivered)");
        Line(md, "| path | hosts | writes | load s | drain s | host CPU in the drain ms | host CPU ms a write with the drain | sustained writes a second with the drain |");
        Line(md, "| --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var m in writes)
        {
            var d = m.Drain!;
            var drained = d.Complete ? d.Seconds.ToString(CultureInfo.InvariantCulture) : $"{d.Seconds} (not drained)";
            Line(md, $"| {m.Name} | {m.Hosts} | {m.Result.Requests - m.Result.Errors} | {m.Result.Seconds} | {drained} | {d.CpuMs} | {d.CpuMsPerRequestWithDrain} | {d.SustainedPerSecond} |");
        }
    }

    private static string N(double? value) => value is { } v && !double.IsNaN(v) ? v.ToString("0.####", CultureInfo.InvariantCulture) : "-";

    /// <summary>Each path with the load split over two hosts on the one database, beside the same path on one host.</summary>
    private static void TwoHosts(StringBuilder md, IReadOnlyList<Measured> endpoints)
    {
        var two = endpoints.Where(e => e.Hosts == 2).ToList();
        if (two.Count == 0)
        {
            return;
        }

        Line(md, "");
        Line(md, "## Two hosts on one database (one wrk a host, each with half the connections; percentiles the worse of the two)");
        Line(md, "| path | conns | one host rps | two hosts rps | two / one | two hosts p50 ms | p99 ms | requests | errors | CPU ms a request, both hosts | ratio to ceiling |");
        Line(md, "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var m in two.OrderBy(m => m.Result.Connections))
        {
            var one = endpoints.FirstOrDefault(e => e.Hosts == 1 && e.Name == m.Name && e.Result.Connections == m.Result.Connections);
            var gain = one is { Result.Rps: > 0 } ? (m.Result.Rps / one.Result.Rps).ToString("F2", CultureInfo.InvariantCulture) : "-";
            var requests = m.Result.RanOutOfWork ? $"{m.Result.Requests} (ran out: {m.Result.Seconds} s)" : m.Result.Requests.ToString(CultureInfo.InvariantCulture);
            Line(md, $"| {m.Name} | {m.Result.Connections} | {one?.Result.Rps:F0} | {m.Result.Rps:F0} | {gain} | {m.Result.P50Ms} | {m.Result.P99Ms} | {requests} | {m.Result.Errors} | {N(m.CpuMsPerRequest)} | {Targets.Percent(m.RatioToCeiling)} of {m.Ceiling} |");
        }
    }

    private static void Line(StringBuilder md, string text) => md.Append(text).Append('\n');
}
