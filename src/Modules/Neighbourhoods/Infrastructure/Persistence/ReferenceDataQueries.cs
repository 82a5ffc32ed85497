using GeenKindDeBuurtUit.Neighbourhoods.Application;
using GeenKindDeBuurtUit.Neighbourhoods.Domain;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Neighbourhoods.Infrastructure.Persistence;

internal sealed class ReferenceDataQueries(NeighbourhoodsDbContext db) : IReferenceDataQueries
{
    public async Task<IReadOnlyList<AreaDto>> AreasAsync(CancellationToken cancellationToken) =>
        await db.Areas.AsNoTracking().OrderBy(a => a.Name).Select(a => new AreaDto(a.Id, a.Name)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<BoardDto>> BoardsAsync(CancellationToken cancellationToken) =>
        await db.Boards.AsNoTracking().OrderBy(b => b.Name).Select(b => new BoardDto(b.Id, b.Name)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ClusterDto>> ClustersAsync(CancellationToken cancellationToken)
    {
        var schools = await db.Schools.AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Id, s.ClusterId }).ToListAsync(cancellationToken);
        var clusters = await db.Clusters.AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken);
        return clusters
            .Select(c => new ClusterDto(c.Id, c.Name, c.AreaId, schools.Where(s => s.ClusterId == c.Id).Select(s => s.Id).ToList()))
            .ToList();
    }

    public async Task<IReadOnlyList<SchoolDto>> SchoolsAsync(CancellationToken cancellationToken) =>
        await db.Schools.AsNoTracking().OrderBy(s => s.Name)
            .Select(s => new SchoolDto(s.Id, s.Name, s.Brin, s.BoardId, s.ClusterId, s.AreaId))
            .ToListAsync(cancellationToken);

    public Task<School?> FindSchoolAsync(Guid id, CancellationToken cancellationToken) =>
        db.Schools.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
}
