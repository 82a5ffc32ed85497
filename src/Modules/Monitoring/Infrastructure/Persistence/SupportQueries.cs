using GeenKindDeBuurtUit.Monitoring.Application.Support;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Persistence;

internal sealed class SupportQueries(MonitoringDbContext db) : ISupportQueries
{
    public async Task<IReadOnlyList<OpenCase>> OpenOnAsync(DateOnly asOf, CancellationToken cancellationToken) =>
        (await db.Cases.AsNoTracking()
            .Where(c => c.OpenedOn != null && c.OpenedOn <= asOf && (c.ClosedOn == null || c.ClosedOn > asOf)).ToListAsync(cancellationToken))
            .Select(c => new OpenCase(c.CaseId, c.SchoolId, c.OpeningLevel, c.OppSince))
            .ToList();

    public async Task<IReadOnlyList<LevelChange>> LevelChangesAsync(
        IReadOnlyList<Guid> caseIds, DateOnly asOf, DateOnly first, DateOnly last, CancellationToken cancellationToken) =>
        (await db.LevelChanges.AsNoTracking()
            .Where(c => (c.On <= asOf && caseIds.Contains(c.CaseId)) || (c.On >= first && c.On <= last)).ToListAsync(cancellationToken))
            .Select(c => new LevelChange(c.CaseId, c.SchoolId, c.ToLevel, c.IsUp, c.On, c.OccurredAt))
            .ToList();

    public async Task<IReadOnlyList<IReadOnlyList<Guid>>> ApproachSchoolsAsync(DateOnly first, DateOnly last, CancellationToken cancellationToken) =>
        (await db.CollectiveApproaches.AsNoTracking()
            .Where(a => a.StartsOn <= last && (a.EndsOn == null || a.EndsOn >= first)).ToListAsync(cancellationToken))
            .Select(a => (IReadOnlyList<Guid>)a.SchoolIds)
            .ToList();
}
