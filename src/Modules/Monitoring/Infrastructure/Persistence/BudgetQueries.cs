using GeenKindDeBuurtUit.Monitoring.Application.Budget;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Persistence;

internal sealed class BudgetQueries(MonitoringDbContext db) : IBudgetQueries
{
    public async Task<IReadOnlyList<BudgetReport>> OfYearAsync(int schoolYearStart, CancellationToken cancellationToken) =>
        (await db.Budgets.AsNoTracking().Where(b => b.SchoolYearStart == schoolYearStart).ToListAsync(cancellationToken))
            .Select(b => new BudgetReport(b.AreaId, b.Pooled, b.FreedFunds, b.Allocated, b.Spent, b.AsOf))
            .ToList();
}
