using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolMap;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Reconciliation;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Persistence;

internal sealed class BudgetSchoolMap(CollectiveBudgetDbContext db) : IBudgetSchoolMap
{
    // Every request about an area's budget reads its schools first: compiled once.
    private static readonly Func<CollectiveBudgetDbContext, Guid, IAsyncEnumerable<PlacedSchool>> SchoolsIn = EF.CompileAsyncQuery(
        (CollectiveBudgetDbContext context, Guid areaId) => context.Set<SchoolPlacement>().AsNoTracking()
            .Where(p => p.AreaId == areaId)
            .Select(p => new PlacedSchool(p.SchoolId, p.BoardId, p.ClusterId, p.AreaId)));

    public async Task<IReadOnlyList<PlacedSchool>> AllAsync(CancellationToken cancellationToken) =>
        await db.SchoolPlacements().AsNoTracking()
            .Select(p => new PlacedSchool(p.SchoolId, p.BoardId, p.ClusterId, p.AreaId))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<PlacedSchool>> InAreaAsync(Guid areaId, CancellationToken cancellationToken) =>
        await SchoolsIn(db, areaId).ToListAsync(cancellationToken);
}
