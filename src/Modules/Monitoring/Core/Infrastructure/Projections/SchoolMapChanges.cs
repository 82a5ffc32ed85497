using GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Projections;

internal static class SchoolMapChanges
{
    /// <summary>
    /// Raises the school map's version inside the handler's transaction. One UPDATE adding 1 in the
    /// database, not a read and a write: two handlers committing at once must both count, or a host
    /// could keep a map that misses one of them.
    /// </summary>
    public static Task<int> SchoolMapChangedAsync(this MonitoringDbContext context, CancellationToken cancellationToken) =>
        context.SchoolMapVersions
            .Where(v => v.Id == SchoolMapVersion.RowId)
            .ExecuteUpdateAsync(set => set.SetProperty(v => v.Version, v => v.Version + 1), cancellationToken);
}
