using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Monitoring.Application.Figures;

namespace GeenKindDeBuurtUit.Monitoring.Application.Referrals;

/// <summary>Referrals that count (decided in the school year, not withdrawn), per school and year, as a table of figures.</summary>
internal static class ReferralCounts
{
    /// <summary>
    /// One measure per school year, in the order given. Each year is disclosed on its own, so a
    /// year's cells look the same as "referrals" and as next year's "previousYearReferrals": no
    /// known sum joins two years, so suppression decides each year's cells apart, exactly as it
    /// would in a table of that year alone.
    /// </summary>
    public static FigureTable Table(UnitTree tree, IReadOnlyDictionary<(Guid School, int Year), int> counts, IReadOnlyList<SchoolYear> years, int? threshold) =>
        FigureTable.Build(tree, years.Count, (school, measure) => counts.GetValueOrDefault((school, years[measure].StartYear)), [], threshold);
}
