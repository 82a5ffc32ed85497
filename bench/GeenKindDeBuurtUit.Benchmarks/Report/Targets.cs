using System.Globalization;

namespace GeenKindDeBuurtUit.Benchmarks.Report;

/// <summary>The performance targets, reported as met or missed (the benchmark is not a pass/fail test).</summary>
internal static class Targets
{
    /// <summary>The targets are one host's; the two-host figures are reported beside them, not held to them.</summary>
    public static List<Target> Evaluate(IReadOnlyList<Measured> measured, Propagation.Result propagation, IReadOnlyList<RecalculationBench.Size> recalculation, Memory memory)
    {
        var endpoints = measured.Where(e => e.Hosts == 1).ToList();
        var targets = new List<Target>();
        foreach (var read in endpoints.Where(e => e.Kind == "read" && e.Result.Connections == 32))
        {
            targets.Add(new($"{read.Name} at 32 connections", ">= 40% of bare Kestrel rps, p99 < 25 ms",
                $"{Percent(read.RatioToCeiling)} ({read.Result.Rps} rps), p99 {read.Result.P99Ms} ms",
                read.RatioToCeiling >= 0.40 && read.Result.P99Ms < 25));
        }

        foreach (var group in endpoints.Where(e => e.Kind == "write").GroupBy(e => e.Name))
        {
            var best = group.MaxBy(e => e.Result.Rps)!;
            targets.Add(new($"{group.Key} (best of 1/8/32 connections)", ">= 1,000/s and >= 30% of the raw insert transaction rate",
                $"{best.Result.Rps}/s at {best.Result.Connections} connections, {Percent(best.RatioToCeiling)}",
                best.Result.Rps >= 1000 && best.RatioToCeiling >= 0.30));
        }

        targets.Add(new("Propagation withdrawal -> budget summary", "p95 < 500 ms",
            $"p95 {F(propagation.P95Ms)} ms, p50 {F(propagation.P50Ms)} ms over {propagation.Withdrawals} ({propagation.TimedOut} timed out)",
            propagation.P95Ms < 500 && propagation.TimedOut == 0));
        if (recalculation.FirstOrDefault(r => r.Referrals == 10_000) is { } tenThousand)
        {
            targets.Add(new("Recalculation of one area with 10,000 referrals", "< 20 ms", $"p50 {F(tenThousand.P50Ms)} ms, p95 {F(tenThousand.P95Ms)} ms", tenThousand.P50Ms < 20));
        }
        else
        {
            targets.Add(new("Recalculation of one area with 10,000 referrals", "< 20 ms", "not measured at this scale", false));
        }

        targets.Add(new("Host peak memory under load", "< 300 MB", $"{F(memory.PeakWorkingSetMb)} MB peak working set", memory.PeakWorkingSetMb < 300));
        return targets;
    }

    public static string Percent(double? ratio) => ratio is null ? "-" : (ratio.Value * 100).ToString("F1", CultureInfo.InvariantCulture) + "%";

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
