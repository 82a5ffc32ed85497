using GeenKindDeBuurtUit.Benchmarks.Load;

namespace GeenKindDeBuurtUit.Benchmarks.Report;

/// <summary>Everything one run measured; written as JSON and as a markdown table.</summary>
internal sealed record BenchResult(
    string Scale,
    double Volume,
    string Provider,
    DateTimeOffset StartedAt,
    Machine Machine,
    string Commit,
    Seeding Seeding,
    string CeilingSetup,
    IReadOnlyList<Measured> Ceilings,
    IReadOnlyList<Measured> Endpoints,
    Propagation.Result Propagation,
    IReadOnlyList<RecalculationBench.Size> Recalculation,
    Memory HostMemory,
    IReadOnlyList<Target> Targets,
    double TotalSeconds,
    IReadOnlyList<string> Notes);

/// <summary>How the data set was built: over all its steps (a kept data set may have been built by earlier runs, <c>Reused</c>).</summary>
internal sealed record Seeding(
    double TotalSeconds, int Steps, bool Reused, IReadOnlyDictionary<string, double> PhaseSeconds, IReadOnlyDictionary<string, long> Counts, IReadOnlyList<string> MigratedForward);

/// <summary>
/// One path at one concurrency, with its ratio to the ceiling at the same concurrency (null for a ceiling itself);
/// <c>Hosts</c> 2 when the client split its connections over two host processes on one database.
/// <c>CpuMsPerRequest</c>: the serving process's user + system CPU over the measured run per request answered;
/// <c>CpuRatioToBare</c> and <c>RpsRatioToBare</c> set it beside bare Kestrel driven the same way in the same run.
/// A write's <c>Drain</c> adds the outbox's delivery after the load (docs/adr/0064).
/// </summary>
internal sealed record Measured(
    string Name, string Kind, LoadResult Result, string? Ceiling, double? RatioToCeiling, int Hosts = 1,
    double? CpuMsPerRequest = null, double? CpuRatioToBare = null, double? RpsRatioToBare = null, Warmup? Warmup = null, Drain? Drain = null)
{
    /// <summary>The figure the CPU targets and the CI check judge: a write's includes its drain.</summary>
    public double? JudgedCpuMs => Drain?.CpuMsPerRequestWithDrain ?? CpuMsPerRequest;
}

/// <summary>
/// How long wrk drove a path before it was measured, in how many rounds, and whether two rounds in a row agreed within 10%;
/// <c>IdleCpuMsPerSecond</c>, the host's CPU without load just before the measured run (its background work, which the
/// CPU per request carries too: at 100 rps, 50 ms a second of it adds 0.5 ms to every request).
/// </summary>
internal sealed record Warmup(double Seconds, int Rounds, bool Quiet, double? IdleCpuMsPerSecond = null);

/// <summary>
/// After a write path's load, until every outbox was delivered: how long, the host's CPU meanwhile, the CPU per
/// write with the drain, and the writes a second sustained over load and drain together.
/// </summary>
internal sealed record Drain(double Seconds, double CpuMs, double CpuMsPerRequestWithDrain, double SustainedPerSecond, bool Complete);

internal sealed record Memory(double PeakWorkingSetMb, double PeakPrivateMb);

internal sealed record Target(string Name, string Wanted, string Actual, bool Met);
