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
}
