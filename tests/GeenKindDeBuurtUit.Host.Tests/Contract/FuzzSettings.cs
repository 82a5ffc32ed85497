using System.Globalization;

namespace GeenKindDeBuurtUit.Host.Tests.Contract;

/// <summary>
/// How much the fuzz does: <c>CONTRACT_FUZZ_COUNT</c> requests (default sized to stay well under
/// 90 s on a two-core CI machine) from <c>CONTRACT_FUZZ_SEED</c>; without a seed, CI uses a fixed
/// one (the same requests every run) and a workstation a new one each run.
/// </summary>
internal static class FuzzSettings
{
    public const ulong CiSeed = 20261201;
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(60);

    public static int Count => int.TryParse(Environment.GetEnvironmentVariable("CONTRACT_FUZZ_COUNT"), CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 3000;

    public static ulong Seed =>
        ulong.TryParse(Environment.GetEnvironmentVariable("CONTRACT_FUZZ_SEED"), CultureInfo.InvariantCulture, out var seed) ? seed
        : string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase) ? CiSeed
        : (ulong)Random.Shared.NextInt64(1, int.MaxValue);
}
