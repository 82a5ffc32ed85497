using GeenKindDeBuurtUit.Monitoring.Infrastructure;
using GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;

namespace GeenKindDeBuurtUit.Monitoring.Application.Figures;

/// <summary>
/// The school map as a <see cref="UnitTree"/>, built once per version of the map (docs/adr/0025).
/// With 6,000 schools, reading and building the map took most of a figures answer, yet it changes
/// only when a school is registered or moves. Each answer reads the versions first and the map
/// only when the map's version moved, so a change committed by any host sharing the database
/// shows in the next answer.
/// </summary>
internal sealed class UnitTreeCache
{
    private readonly StampedCache<VersionedReadModel, UnitTree> _trees = new();

    public async Task<UnitTree> TreeAsync(MonitoringDbContext db, CancellationToken cancellationToken) =>
        await TreeAsync(db, await ReadModelStamp.ReadAsync(db, cancellationToken), cancellationToken);

    /// <param name="stamp">Versions read before this call, by a caller that builds more from them.</param>
    public Task<UnitTree> TreeAsync(MonitoringDbContext db, ReadModelStamp? stamp, CancellationToken cancellationToken) =>
        _trees.GetOrBuildAsync(VersionedReadModel.SchoolMap, stamp?.MapOnly, () => UnitTree.LoadAsync(db, cancellationToken));
}
