using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Monitoring.Application.Figures;
using GeenKindDeBuurtUit.Monitoring.Domain;

namespace GeenKindDeBuurtUit.Monitoring.Application.Referrals;

/// <summary>Referrals that count (decided in the school year, not withdrawn, or imported), per school and year, as a table of figures.</summary>
internal static class ReferralCounts
{
    /// <summary>
    /// One measure per school year, in the order given. Each year is disclosed on its own, so a
    /// year's cells look the same as "referrals" and as next year's "previousYearReferrals": no
    /// known sum joins two years, so suppression decides each year's cells apart, exactly as it
    /// would in a table of that year alone. Imported counts are cells like any other.
    /// </summary>
    public static FigureTable Table(UnitTree tree, IReadOnlyDictionary<(Guid School, int Year), SchoolYearReferrals> counts, IReadOnlyList<SchoolYear> years, int? threshold) =>
        FigureTable.Build(tree, years.Count, (school, measure) => counts.GetValueOrDefault((school, years[measure].StartYear)).Referrals, [], threshold);

    /// <summary>Each school in a year's import, with its cluster and area: the units whose count of that year comes from an import, whole or in part.</summary>
    public static IReadOnlySet<(Guid Unit, int Year)> ImportedUnits(UnitTree tree, IReadOnlyDictionary<(Guid School, int Year), SchoolYearReferrals> counts) =>
        counts.Where(c => c.Value.Imported)
            .SelectMany(c => new[] { UnitLevel.School, UnitLevel.Cluster, UnitLevel.Area }
                .Select(level => tree.Ancestor(c.Key.School, level)).OfType<Guid>().Select(unit => (unit, c.Key.Year)))
            .ToHashSet();
}
