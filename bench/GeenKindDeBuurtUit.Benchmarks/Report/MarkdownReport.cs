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
        Line(md, "");
        Line(md, "## Targets");
        Line(md, "| target | wanted | measured | met |");
        Line(md, "| --- | --- | --- | --- |");
        foreach (var t in r.Targets)
        {
            Line(md, $"| {t.Name} | {t.Wanted} | {t.Actual} | {(t.Met ? "met" : "**missed**")} |");
        }

        Line(md, "");
        Line(md, "## Throughput and latency (closed loop)");
        Line(md, "| path | kind | conns | rps | p50 ms | p95 ms | p99 ms | requests | errors | ratio to ceiling |");
        Line(md, "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var m in r.Ceilings.Concat(r.Endpoints.Where(e => e.Hosts == 1)).OrderBy(m => m.Result.Connections))
        {
            var ratio = m.Ceiling is null ? "(ceiling)" : $"{Targets.Percent(m.RatioToCeiling)} of {m.Ceiling}";
            var requests = m.Result.RanOutOfWork ? $"{m.Result.Requests} (prepared cases ran out: {m.Result.Seconds} s measured)" : m.Result.Requests.ToString(CultureInfo.InvariantCulture);
            Line(md, $"| {m.Name} | {m.Kind} | {m.Result.Connections} | {m.Result.Rps:F0} | {m.Result.P50Ms} | {m.Result.P95Ms} | {m.Result.P99Ms} | {requests} | {m.Result.Errors} | {ratio} |");
        }

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

    /// <summary>Each path with the load split over two hosts on the one database, beside the same path on one host.</summary>
    private static void TwoHosts(StringBuilder md, IReadOnlyList<Measured> endpoints)
    {
        var two = endpoints.Where(e => e.Hosts == 2).ToList();
        if (two.Count == 0)
        {
            return;
        }

        Line(md, "");
        Line(md, "## Two hosts on one database (the client splits its connections between two host processes)");
        Line(md, "| path | conns | one host rps | two hosts rps | two / one | two hosts p50 ms | p99 ms | requests | errors | ratio to ceiling |");
        Line(md, "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var m in two.OrderBy(m => m.Result.Connections))
        {
            var one = endpoints.FirstOrDefault(e => e.Hosts == 1 && e.Name == m.Name && e.Result.Connections == m.Result.Connections);
            var gain = one is { Result.Rps: > 0 } ? (m.Result.Rps / one.Result.Rps).ToString("F2", CultureInfo.InvariantCulture) : "-";
            var requests = m.Result.RanOutOfWork ? $"{m.Result.Requests} (ran out: {m.Result.Seconds} s)" : m.Result.Requests.ToString(CultureInfo.InvariantCulture);
            Line(md, $"| {m.Name} | {m.Result.Connections} | {one?.Result.Rps:F0} | {m.Result.Rps:F0} | {gain} | {m.Result.P50Ms} | {m.Result.P99Ms} | {requests} | {m.Result.Errors} | {Targets.Percent(m.RatioToCeiling)} of {m.Ceiling} |");
        }
    }

    private static void Line(StringBuilder md, string text) => md.Append(text).Append('\n');
}
