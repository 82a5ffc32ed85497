using GeenKindDeBuurtUit.Monitoring.Application.Targets;
using GeenKindDeBuurtUit.Monitoring.Domain.Targets;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Persistence;

internal sealed class TargetRepository(MonitoringDbContext db) : ITargetRepository
{
    public async Task<Target?> FindAsync(int schoolYearStart, CancellationToken cancellationToken) =>
        await db.Targets.FindAsync([schoolYearStart], cancellationToken);

    public void Add(Target target) => db.Targets.Add(target);
}
