using GeenKindDeBuurtUit.Monitoring.Application.Thuiszitters;
using GeenKindDeBuurtUit.Monitoring.Application.Trend;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Persistence;

internal sealed class AreaTrendQueries(MonitoringDbContext db) : IAreaTrendQueries
{
    public async Task<IReadOnlyList<ThuiszitterPeriod>> ThuiszitterPeriodsAsync(IReadOnlyList<Guid> schools, CancellationToken cancellationToken) =>
        await db.ThuiszitterPeriods.AsNoTracking().Where(p => schools.Contains(p.SchoolId))
            .Select(p => new ThuiszitterPeriod(p.CaseId, p.SchoolId, p.Since, p.EndedOn))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<DateOnly>> EscalationDaysAsync(IReadOnlyList<Guid> schools, CancellationToken cancellationToken) =>
        await db.Escalations.AsNoTracking().Where(e => schools.Contains(e.SchoolId)).Select(e => e.On).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<OtMeeting>> OtMeetingsAsync(IReadOnlyList<Guid> schools, CancellationToken cancellationToken) =>
        await db.OtMeetings.AsNoTracking().Where(m => schools.Contains(m.SchoolId))
            .Select(m => new OtMeeting(m.HeldOn, m.Decision))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<int, int>> ImportedThuiszittersAsync(Guid areaId, CancellationToken cancellationToken) =>
        await db.ImportedThuiszitters.AsNoTracking().Where(t => t.AreaId == areaId && !t.Removed)
            .ToDictionaryAsync(t => t.SchoolYearStart, t => t.Count, cancellationToken);
}
