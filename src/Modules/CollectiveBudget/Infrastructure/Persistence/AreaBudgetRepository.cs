using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Persistence;

/// <summary>
/// Loads a budget with its whole ledger: every figure is summed in memory, because SQLite stores
/// decimals as text and cannot sum them in SQL (docs/adr/0010). A ledger holds hundreds of lines a year, not millions.
/// </summary>
internal sealed class AreaBudgetRepository(CollectiveBudgetDbContext db) : IAreaBudgetRepository
{
    // Every budget summary reads one: compiled once, so a request skips building and looking up the expression.
    private static readonly Func<CollectiveBudgetDbContext, int, Guid, CancellationToken, Task<AreaBudget?>> Stored = EF.CompileAsyncQuery(
        (CollectiveBudgetDbContext context, int schoolYearStart, Guid areaId, CancellationToken _) =>
            context.AreaBudgets.AsNoTracking().Include(b => b.Entries).SingleOrDefault(b => b.SchoolYearStart == schoolYearStart && b.AreaId == areaId));

    public Task<AreaBudget?> FindAsync(SchoolYear schoolYear, Guid areaId, CancellationToken cancellationToken) =>
        db.AreaBudgets.Include(b => b.Entries)
            .SingleOrDefaultAsync(b => b.SchoolYearStart == schoolYear.StartYear && b.AreaId == areaId, cancellationToken);

    public Task<AreaBudget?> ReadAsync(SchoolYear schoolYear, Guid areaId, CancellationToken cancellationToken) =>
        Stored(db, schoolYear.StartYear, areaId, cancellationToken);

    public void Add(AreaBudget budget) => db.AreaBudgets.Add(budget);

    public Task<bool> HasContributionAsync(Guid boardId, string externalRef, CancellationToken cancellationToken) =>
        db.Set<LedgerEntry>().AnyAsync(e => e.BoardId == boardId && e.ExternalRef == externalRef, cancellationToken);

    public async Task<IReadOnlyList<(SchoolYear SchoolYear, Guid AreaId)>> ListOpenAsync(CancellationToken cancellationToken)
    {
        var open = await db.AreaBudgets.AsNoTracking().Where(b => b.ClosedAt == null)
            .Select(b => new { b.SchoolYearStart, b.AreaId }).ToListAsync(cancellationToken);
        return open.Select(b => (SchoolYear.Starting(b.SchoolYearStart), b.AreaId)).ToList();
    }
}
