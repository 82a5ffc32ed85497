using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Persistence;

internal sealed class AgreementHistory(CollectiveBudgetDbContext db) : IAgreementHistory
{
    public void Add(AgreementRevision revision) => db.AgreementRevisions.Add(revision);

    public async Task<IReadOnlyList<AgreementRevision>> ListAsync(SchoolYear schoolYear, Guid areaId, CancellationToken cancellationToken) =>
        await db.AgreementRevisions.AsNoTracking()
            .Where(r => r.SchoolYearStart == schoolYear.StartYear && r.AreaId == areaId)
            .OrderBy(r => r.ChangedAt).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken);
}
