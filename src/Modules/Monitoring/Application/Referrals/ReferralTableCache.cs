using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Monitoring.Application.Figures;
using GeenKindDeBuurtUit.Monitoring.Domain;

namespace GeenKindDeBuurtUit.Monitoring.Application.Referrals;

/// <summary>The referral counts of a school year and the one before, with what the caller may not see hidden, over the school map.</summary>
/// <param name="Imported">The units whose count of a year (by start year) comes from an import, whole or in part.</param>
internal sealed record ReferralTable(UnitTree Tree, FigureTable Figures, IReadOnlySet<(Guid Unit, int Year)> Imported)
{
    public CountSource Source(Guid unit, SchoolYear year) => Imported.Contains((unit, year.StartYear)) ? CountSource.Imported : CountSource.Recorded;
}

/// <summary>
/// Referral tables kept per school year and suppression threshold until a referral, an imported year or
/// the school map changes (docs/adr/0025). At country scale a table reads 12,000 summary rows and decides the
/// suppression of 75 areas; analysts ask for the same figures far more often than referrals change.
/// </summary>
internal sealed class ReferralTableCache(UnitTreeCache trees)
{
    private readonly StampedCache<(int Year, int? Threshold), ReferralTable> _tables = new();

    public async Task<ReferralTable> TableAsync(
        ISchoolMapQueries map, IReferralQueries referrals, SchoolYear year, int? threshold, CancellationToken cancellationToken)
    {
        var stamp = await map.StampAsync(cancellationToken);
        return await _tables.GetOrBuildAsync((year.StartYear, threshold), stamp, async () =>
        {
            var tree = await trees.TreeAsync(map, stamp, cancellationToken);
            var counts = await referrals.PerSchoolAsync([year, year.Previous], cancellationToken);
            return new ReferralTable(tree, ReferralCounts.Table(tree, counts, [year, year.Previous], threshold), ReferralCounts.ImportedUnits(tree, counts));
        });
    }
}
