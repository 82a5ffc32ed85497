using GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Projections;

internal static class ReadModelChanges
{
    /// <summary>
    /// Raises the read model's version inside the handler's transaction. One UPDATE adding 1 in the
    /// database, not a read and a write: two handlers committing at once must both count, or a host
    /// could keep figures that miss one of them.
    /// </summary>
    public static Task<int> ReadModelChangedAsync(this MonitoringDbContext context, VersionedReadModel model, CancellationToken cancellationToken) =>
        context.ReadModelVersions
            .Where(v => v.Id == model)
            .ExecuteUpdateAsync(set => set.SetProperty(v => v.Version, v => v.Version + 1), cancellationToken);
}
