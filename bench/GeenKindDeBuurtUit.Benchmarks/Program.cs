using GeenKindDeBuurtUit.Benchmarks.Ceilings;

namespace GeenKindDeBuurtUit.Benchmarks;

/// <summary>Not named Program: that name is the host's entry point, which the in-process platform starts.</summary>
internal static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args) =>
        // The same executable is the bare-Kestrel ceiling when started with its mode (see BenchmarkRun).
        args.FirstOrDefault() == BareKestrel.Mode
            ? await BareKestrel.RunAsync(args[1..])
            : await BenchmarkRun.RunAsync(BenchOptions.Parse(args));
}
