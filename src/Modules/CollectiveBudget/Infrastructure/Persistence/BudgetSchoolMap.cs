using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolMap;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Reconciliation;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Persistence;

internal sealed class BudgetSchoolMap(CollectiveBudgetDbContext db) : IBudgetSchoolMap
{
    public async Task<IReadOnlyList<PlacedSchool>> AllAsync(CancellationToken cancellationToken) =>
        await db.SchoolPlacements().AsNoTracking()
            .Select(p => new PlacedSchool(p.SchoolId, p.BoardId, p.ClusterId, p.AreaId))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<PlacedSchool>> InAreaAsync(Guid areaId, CancellationToken cancellationToken) =>
        await db.SchoolPlacements().AsNoTracking()
            .Where(p => p.AreaId == areaId)
            .Select(p => new PlacedSchool(p.SchoolId, p.BoardId, p.ClusterId, p.AreaId))
            .ToListAsync(cancellationToken);
}
