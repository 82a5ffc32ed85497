using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolMap;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Referrals;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure;

/// <summary>Counts standing referrals per type at the schools an area holds now (a school that moved counts in its new area).</summary>
internal sealed class ReferralProjection(CollectiveBudgetDbContext db) : IReferralProjection
{
    public async Task<ReferralCounts> CountAsync(SchoolYear schoolYear, Guid areaId, CancellationToken cancellationToken)
    {
        var schoolsInArea = db.SchoolPlacements().Where(p => p.AreaId == areaId).Select(p => p.SchoolId);
        var counts = await db.ReferralRecords.AsNoTracking()
            .Where(r => r.SchoolYearStart == schoolYear.StartYear && schoolsInArea.Contains(r.SchoolId) && r.Referrals > r.Withdrawals)
            .GroupBy(r => r.Kind)
            .Select(g => new { Kind = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return ReferralCounts.From(counts.ToDictionary(c => c.Kind, c => c.Count));
    }
}
