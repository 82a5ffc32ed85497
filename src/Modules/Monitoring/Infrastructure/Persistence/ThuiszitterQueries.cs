using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Monitoring.Application.Thuiszitters;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Persistence;

internal sealed class ThuiszitterQueries(MonitoringDbContext db) : IThuiszitterQueries
{
    public async Task<IReadOnlyList<ThuiszitterPeriod>> PeriodsAsync(DateOnly first, DateOnly last, CancellationToken cancellationToken) =>
        await db.ThuiszitterPeriods.AsNoTracking()
            .Where(p => p.Since <= last && (p.EndedOn == null || p.EndedOn >= first))
            .Select(p => new ThuiszitterPeriod(p.CaseId, p.SchoolId, p.Since, p.EndedOn))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Guid>> EscalatingSchoolsAsync(DateOnly first, DateOnly last, CancellationToken cancellationToken) =>
        await db.Escalations.AsNoTracking().Where(e => e.On >= first && e.On <= last).Select(e => e.SchoolId).ToListAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<(Guid Area, int Year), int>> ImportedAsync(IReadOnlyCollection<SchoolYear> years, CancellationToken cancellationToken)
    {
        var starts = years.Select(y => y.StartYear).ToList();
        var imported = await db.ImportedThuiszitters.AsNoTracking()
            .Where(t => starts.Contains(t.SchoolYearStart) && !t.Removed)
            .Select(t => new { t.AreaId, t.SchoolYearStart, t.Count })
            .ToListAsync(cancellationToken);
        return imported.ToDictionary(t => (t.AreaId, t.SchoolYearStart), t => t.Count);
    }
}
