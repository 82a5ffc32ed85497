using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Monitoring.Application.Figures;

namespace GeenKindDeBuurtUit.Monitoring.Application.Referrals;

/// <summary>The referral counts of a school year and the one before, with what the caller may not see hidden, over the school map.</summary>
internal sealed record ReferralTable(UnitTree Tree, FigureTable Figures);

/// <summary>
/// Referral tables kept per school year and suppression threshold until a referral or the school
/// map changes (docs/adr/0025). At country scale a table reads 12,000 summary rows and decides the
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
            return new ReferralTable(tree, ReferralCounts.Table(tree, counts, [year, year.Previous], threshold));
        });
    }
}
