using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.Monitoring.Domain.Targets;

/// <summary>
/// The programme's target: a reduction of referrals by a percentage against the school year
/// before (domain: -10% in 2024-2025, -30% in 2025-2026, -60% in 2026-2027). Other years have
/// no target until an admin sets one.
/// </summary>
internal static class ReferralTarget
{
    public const decimal MaxReductionPct = 100m;

    private static readonly IReadOnlyDictionary<int, decimal> Defaults = new Dictionary<int, decimal>
    {
        [2024] = 10m,
        [2025] = 30m,
        [2026] = 60m,
    };

    public static decimal? DefaultFor(SchoolYear year) => Defaults.TryGetValue(year.StartYear, out var pct) ? pct : null;

    public static IEnumerable<SchoolYear> YearsWithDefaults => Defaults.Keys.Order().Select(SchoolYear.Starting);

    /// <summary>
    /// The most referrals that still meet the target: previous × (1 − pct/100), rounded down,
    /// because children are whole and "at least pct fewer" is met by no fraction of a child more.
    /// Null without a baseline (no referrals the year before) or without a target.
    /// </summary>
    public static long? MaximumReferrals(long previous, decimal? reductionPct) =>
        previous == 0 || reductionPct is null ? null : (long)Math.Floor(previous * (100m - reductionPct.Value) / 100m);

    public static bool? IsMet(long referrals, long? maximum) => maximum is null ? null : referrals <= maximum;

    /// <summary>(referrals − previous) / previous × 100, one decimal, half away from zero; null when the year before had none.</summary>
    public static decimal? ChangePct(long referrals, long previous) =>
        previous == 0 ? null : Normalise(Math.Round((referrals - previous) * 100m / previous, 1, MidpointRounding.AwayFromZero));

    /// <summary>Drops trailing zeros (30.00 → 30), so JSON and CSV write a number the same way whatever its source.</summary>
    public static decimal Normalise(decimal value) => value / 1.000000000000000000000000000000000m;
}
