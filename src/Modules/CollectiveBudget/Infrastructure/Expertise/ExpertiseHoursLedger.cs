using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Recalculation;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Expertise;

internal sealed class ExpertiseHoursLedger(CollectiveBudgetDbContext db) : IExpertiseHoursLedger
{
    public async Task<IReadOnlyList<UnchargedHours>> ListUnchargedAsync(SchoolYear schoolYear, Guid areaId, CancellationToken cancellationToken) =>
        await db.ExpertiseHours
            .Where(r => r.SchoolYearStart == schoolYear.StartYear && r.AreaId == areaId && !r.Charged)
            .OrderBy(r => r.On).ThenBy(r => r.EntryId)
            .Select(r => new UnchargedHours(r.EntryId, r.Level, r.TargetId, r.Hours))
            .ToListAsync(cancellationToken);

    public void MarkCharged(Guid entryId)
    {
        var record = db.ExpertiseHours.Local.SingleOrDefault(r => r.EntryId == entryId)
            ?? db.ExpertiseHours.Find(entryId)
            ?? throw new InvalidOperationException($"Expertise hours {entryId} are not known.");
        record.MarkCharged();
    }
}
