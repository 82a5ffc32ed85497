using System.Globalization;

namespace GeenKindDeBuurtUit.Benchmarks.Report;

/// <summary>The performance targets, reported as met or missed (the benchmark is not a pass/fail test).</summary>
internal static class Targets
{
    /// <summary>The host's CPU per request each path may use (docs/adr/0064); a write's includes its outbox drain.</summary>
    private static readonly (string Path, double Ms)[] CpuGoals =
    [
        ("GET support case", 0.20),
        ("GET budget summary", 0.15),
        ("GET page of cases", 0.70),
        ("POST support case", 0.50),
    ];

    /// <summary>A write whose pool of prepared cases ran out sooner than this has no rate to judge.</summary>
    private const double MinimumWriteSeconds = 5;

    /// <summary>The targets are one host's; the two-host figures are reported beside them, not held to them.</summary>
    public static List<Target> Evaluate(IReadOnlyList<Measured> measured, Propagation.Result propagation, IReadOnlyList<RecalculationBench.Size> recalculation, Memory memory)
    {
        var endpoints = measured.Where(e => e.Hosts == 1).ToList();
        var targets = new List<Target>();
        foreach (var read in endpoints.Where(e => e.Kind == "read"))
        {
            targets.Add(new($"{read.Name} at {read.Result.Connections} connections", "p99 < 25 ms",
                $"p99 {F(read.Result.P99Ms)} ms ({F(read.Result.Rps)} rps, {Percent(read.RpsRatioToBare)} of bare Kestrel)", read.Result.P99Ms < 25));
        }

        foreach (var (name, goal) in CpuGoals)
        {
            var path = endpoints.FirstOrDefault(e => e.Name == name);
            var withDrain = path?.Drain is not null ? " with its outbox drain" : string.Empty;
            targets.Add(new($"{name}: host CPU per request{withDrain}", $"<= {F(goal)} ms",
                path?.JudgedCpuMs is { } cpu ? $"{F(cpu)} ms ({F(path.CpuRatioToBare ?? double.NaN)} times bare Kestrel's)" : "not measured",
                path?.JudgedCpuMs <= goal));
        }

        foreach (var write in endpoints.Where(e => e.Kind == "write"))
        {
            // A pool of prepared cases spent within seconds gives the rate of a burst, not of sustained load.
            var tooShort = write.Result.RanOutOfWork && write.Result.Seconds < MinimumWriteSeconds;
            var figure = tooShort
                ? $"not measured: the prepared cases ran out after {F(write.Result.Seconds)} s ({write.Result.Rps}/s)"
                : $"{write.Result.Rps}/s, {Percent(write.RatioToCeiling)}";
            targets.Add(new($"{write.Name} at {write.Result.Connections} connections", ">= 1,000/s and >= 30% of the raw insert transaction rate",
                figure, !tooShort && write.Result.Rps >= 1000 && write.RatioToCeiling >= 0.30));
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

    private static string F(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
