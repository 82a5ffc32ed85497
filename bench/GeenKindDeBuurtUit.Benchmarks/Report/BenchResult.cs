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
    double TotalSeconds);

/// <summary>How the data set was built: over all its steps (a kept data set may have been built by earlier runs, <c>Reused</c>).</summary>
internal sealed record Seeding(
    double TotalSeconds, int Steps, bool Reused, IReadOnlyDictionary<string, double> PhaseSeconds, IReadOnlyDictionary<string, long> Counts, IReadOnlyList<string> MigratedForward);

/// <summary>
/// One path at one concurrency, with its ratio to the ceiling at the same concurrency (null for a ceiling itself);
/// <c>Hosts</c> 2 when the client split its connections over two host processes on one database.
/// </summary>
internal sealed record Measured(string Name, string Kind, LoadResult Result, string? Ceiling, double? RatioToCeiling, int Hosts = 1);

internal sealed record Memory(double PeakWorkingSetMb, double PeakPrivateMb);

internal sealed record Target(string Name, string Wanted, string Actual, bool Met);
