using GeenKindDeBuurtUit.Neighbourhoods.Application;
using GeenKindDeBuurtUit.Neighbourhoods.Domain;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Neighbourhoods.Infrastructure.Persistence;

/// <summary>
/// The structure's lists, by name. They are short, so they are ordered here, by the name's characters and
/// then the id: the same order on every engine, whatever collation the database was created with, and
/// a defined one for the names that may repeat (a cluster's name is unique only within its area).
/// </summary>
internal sealed class ReferenceDataQueries(NeighbourhoodsDbContext db) : IReferenceDataQueries
{
    public async Task<IReadOnlyList<AreaDto>> AreasAsync(CancellationToken cancellationToken) =>
        ByName(await db.Areas.AsNoTracking().Select(a => new AreaDto(a.Id, a.Name)).ToListAsync(cancellationToken), a => a.Name, a => a.Id);

    public async Task<IReadOnlyList<BoardDto>> BoardsAsync(CancellationToken cancellationToken) =>
        ByName(await db.Boards.AsNoTracking().Select(b => new BoardDto(b.Id, b.Name)).ToListAsync(cancellationToken), b => b.Name, b => b.Id);

    public async Task<IReadOnlyList<ClusterDto>> ClustersAsync(CancellationToken cancellationToken)
    {
        var schools = await SchoolsAsync(cancellationToken);
        var clusters = ByName(await db.Clusters.AsNoTracking().ToListAsync(cancellationToken), c => c.Name, c => c.Id);
        return clusters
            .Select(c => new ClusterDto(c.Id, c.Name, c.AreaId, schools.Where(s => s.ClusterId == c.Id).Select(s => s.Id).ToList()))
            .ToList();
    }

    public async Task<IReadOnlyList<SchoolDto>> SchoolsAsync(CancellationToken cancellationToken) =>
        ByName(
            (await db.Schools.AsNoTracking()
                .Select(s => new { s.Id, s.Name, s.Brin, s.BoardId, s.ClusterId, s.AreaId, s.Latitude, s.Longitude, s.LocationIsPlaceholder })
                .ToListAsync(cancellationToken))
            .Select(s => new SchoolDto(
                s.Id, s.Name, s.Brin, s.BoardId, s.ClusterId, s.AreaId, SchoolMapping.LocationOf(s.Latitude, s.Longitude), s.LocationIsPlaceholder)),
            s => s.Name,
            s => s.Id);

    public Task<School?> FindSchoolAsync(Guid id, CancellationToken cancellationToken) =>
        db.Schools.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    private static List<T> ByName<T>(IEnumerable<T> items, Func<T, string> name, Func<T, Guid> id) =>
        items.OrderBy(name, StringComparer.Ordinal).ThenBy(id).ToList();
}
