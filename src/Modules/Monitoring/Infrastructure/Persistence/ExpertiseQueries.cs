using GeenKindDeBuurtUit.Monitoring.Application.Pool;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Persistence;

internal sealed class ExpertiseQueries(MonitoringDbContext db) : IExpertiseQueries
{
    public async Task<IReadOnlyList<ExpertiseRequestRow>> RequestsAsync(DateTime from, DateTime to, CancellationToken cancellationToken) =>
        (await db.ExpertiseRequests.AsNoTracking().Where(r => r.RequestedAt >= from && r.RequestedAt < to).ToListAsync(cancellationToken))
            .Select(r => new ExpertiseRequestRow(r.AreaId, r.Expertise, r.WaitingSeconds, r.IsWaiting))
            .ToList();

    public async Task<IReadOnlyList<ExpertiseHoursRow>> HoursAsync(DateOnly first, DateOnly last, CancellationToken cancellationToken) =>
        (await db.ExpertiseHours.AsNoTracking().Where(h => h.On >= first && h.On <= last).ToListAsync(cancellationToken))
            .Select(h => new ExpertiseHoursRow(h.AreaId, h.Expertise, h.Hours))
            .ToList();
}
