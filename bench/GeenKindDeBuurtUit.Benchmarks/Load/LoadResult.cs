namespace GeenKindDeBuurtUit.Benchmarks.Load;

/// <summary>
/// One closed-loop measurement: completed requests per second and latency percentiles in milliseconds.
/// <c>RanOutOfWork</c>: the scenario's pool of prepared cases was used up before the window ended, so
/// the figures cover a shorter window (<c>Seconds</c>).
/// </summary>
internal sealed record LoadResult(int Connections, long Requests, long Errors, double Seconds, double Rps, double P50Ms, double P95Ms, double P99Ms, bool RanOutOfWork)
{
    public static LoadResult From(int connections, List<double> latenciesMs, long errors, double seconds, bool ranOutOfWork = false)
    {
        latenciesMs.Sort();
        return new LoadResult(
            connections, latenciesMs.Count, errors, Math.Round(seconds, 2), Math.Round(latenciesMs.Count / seconds, 1),
            Percentile(latenciesMs, 0.50), Percentile(latenciesMs, 0.95), Percentile(latenciesMs, 0.99), ranOutOfWork);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : Math.Round(sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)], 2);
}
