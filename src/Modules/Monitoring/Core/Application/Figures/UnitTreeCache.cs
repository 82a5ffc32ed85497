using GeenKindDeBuurtUit.Monitoring.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Monitoring.Application.Figures;

/// <summary>
/// The school map as a <see cref="UnitTree"/>, built once per version of the map (docs/adr/0025).
/// With 6,000 schools, reading and building the map took most of a figures answer, yet it changes
/// only when a school is registered or moves. Each answer reads the version row first and the map
/// only when the version moved, so a change committed by any host sharing the database shows in
/// the next answer. A map is never kept under a newer version than the one read before building it.
/// </summary>
internal sealed class UnitTreeCache
{
    private Built? _built;

    public async Task<UnitTree> TreeAsync(MonitoringDbContext db, CancellationToken cancellationToken)
    {
        var version = await db.SchoolMapVersions.AsNoTracking().Select(v => (long?)v.Version).FirstOrDefaultAsync(cancellationToken);
        var built = Volatile.Read(ref _built);
        if (version is { } current && built is not null && built.Version == current)
        {
            return built.Tree;
        }

        var tree = await UnitTree.LoadAsync(db, cancellationToken);
        if (version is { } read)
        {
            Keep(new Built(read, tree));
        }

        return tree;
    }

    /// <summary>A slow answer that read an older version must not replace a map built from a newer one.</summary>
    private void Keep(Built fresh)
    {
        var seen = Volatile.Read(ref _built);
        while (seen is null || seen.Version < fresh.Version)
        {
            var before = Interlocked.CompareExchange(ref _built, fresh, seen);
            if (ReferenceEquals(before, seen))
            {
                return;
            }

            seen = before;
        }
    }

    private sealed record Built(long Version, UnitTree Tree);
}
