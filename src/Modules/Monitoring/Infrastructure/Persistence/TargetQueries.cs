using GeenKindDeBuurtUit.Monitoring.Application.Targets;
using GeenKindDeBuurtUit.Monitoring.Domain.Targets;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Persistence;

internal sealed class TargetQueries(MonitoringDbContext db) : ITargetQueries
{
    public async Task<IReadOnlyList<Target>> AllAsync(CancellationToken cancellationToken) =>
        await db.Targets.AsNoTracking().ToListAsync(cancellationToken);

    public Task<Target?> FindAsync(int schoolYearStart, CancellationToken cancellationToken) =>
        db.Targets.AsNoTracking().SingleOrDefaultAsync(t => t.SchoolYearStart == schoolYearStart, cancellationToken);
}
