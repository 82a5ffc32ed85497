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
    // One tree is kept: the map as it stands.
    private const int TheMap = 0;

    private readonly StampedCache<int, UnitTree> _trees = new();

    public async Task<UnitTree> TreeAsync(ISchoolMapQueries map, CancellationToken cancellationToken) =>
        await TreeAsync(map, await map.StampAsync(cancellationToken), cancellationToken);

    /// <param name="stamp">Versions read before this call, by a caller that builds more from them.</param>
    public Task<UnitTree> TreeAsync(ISchoolMapQueries map, ReadModelStamp? stamp, CancellationToken cancellationToken) =>
        _trees.GetOrBuildAsync(TheMap, stamp?.MapOnly, () => UnitTree.LoadAsync(map, cancellationToken));
}
