using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolMap;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Referrals;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Referrals;

/// <summary>Counts standing referrals per type at the schools an area holds now (a school that moved counts in its new area).</summary>
internal sealed class ReferralProjection(CollectiveBudgetDbContext db) : IReferralProjection
{
    public async Task<ReferralCounts> CountAsync(SchoolYear schoolYear, Guid areaId, CancellationToken cancellationToken) =>
        (await CountAsync(schoolYear.StartYear, schoolYear.StartYear, areaId, cancellationToken)).GetValueOrDefault(schoolYear.StartYear, ReferralCounts.None);

    public async Task<(ReferralCounts PreviousYear, ReferralCounts Actual)> CountWithPreviousYearAsync(SchoolYear schoolYear, Guid areaId, CancellationToken cancellationToken)
    {
        var counts = await CountAsync(schoolYear.Previous.StartYear, schoolYear.StartYear, areaId, cancellationToken);
        return (counts.GetValueOrDefault(schoolYear.Previous.StartYear, ReferralCounts.None), counts.GetValueOrDefault(schoolYear.StartYear, ReferralCounts.None));
    }

    private async Task<Dictionary<int, ReferralCounts>> CountAsync(int fromYear, int toYear, Guid areaId, CancellationToken cancellationToken)
    {
        var counts = await Counting(fromYear, toYear, areaId).ToListAsync(cancellationToken);
        return counts.GroupBy(c => c.SchoolYearStart)
            .ToDictionary(year => year.Key, year => ReferralCounts.From(year.ToDictionary(c => c.Kind, c => c.Count)));
    }

    /// <summary>The one statement that counts; it reads only the index on school, year, kind and counts.</summary>
    internal IQueryable<KindCount> Counting(int fromYear, int toYear, Guid areaId)
    {
        var schoolsInArea = db.SchoolPlacements().Where(p => p.AreaId == areaId).Select(p => p.SchoolId);
        return db.ReferralRecords.AsNoTracking()
            .Where(r => r.SchoolYearStart >= fromYear && r.SchoolYearStart <= toYear && schoolsInArea.Contains(r.SchoolId) && r.Referrals > r.Withdrawals)
            .GroupBy(r => new { r.SchoolYearStart, r.Kind })
            .Select(g => new KindCount(g.Key.SchoolYearStart, g.Key.Kind, g.Count()));
    }

    internal sealed record KindCount(int SchoolYearStart, ReferralKind Kind, int Count);
}
