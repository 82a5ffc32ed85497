using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.Neighbourhoods.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Neighbourhoods.Application;

public sealed record ListAreas : IQuery<IReadOnlyList<AreaDto>>;

public sealed record ListBoards : IQuery<IReadOnlyList<BoardDto>>;

public sealed record ListClusters : IQuery<IReadOnlyList<ClusterDto>>;

public sealed record ListSchools : IQuery<IReadOnlyList<SchoolDto>>;

public sealed record GetSchool(Guid SchoolId) : IQuery<SchoolWithVersionDto>;

internal sealed class ReferenceDataQueryHandlers(NeighbourhoodsDbContext db) :
    IQueryHandler<ListAreas, IReadOnlyList<AreaDto>>,
    IQueryHandler<ListBoards, IReadOnlyList<BoardDto>>,
    IQueryHandler<ListClusters, IReadOnlyList<ClusterDto>>,
    IQueryHandler<ListSchools, IReadOnlyList<SchoolDto>>,
    IQueryHandler<GetSchool, SchoolWithVersionDto>
{
    public async ValueTask<IReadOnlyList<AreaDto>> Handle(ListAreas query, CancellationToken cancellationToken) =>
        await db.Areas.AsNoTracking().OrderBy(a => a.Name).Select(a => new AreaDto(a.Id, a.Name)).ToListAsync(cancellationToken);

    public async ValueTask<IReadOnlyList<BoardDto>> Handle(ListBoards query, CancellationToken cancellationToken) =>
        await db.Boards.AsNoTracking().OrderBy(b => b.Name).Select(b => new BoardDto(b.Id, b.Name)).ToListAsync(cancellationToken);

    public async ValueTask<IReadOnlyList<ClusterDto>> Handle(ListClusters query, CancellationToken cancellationToken)
    {
        var schools = await db.Schools.AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Id, s.ClusterId }).ToListAsync(cancellationToken);
        var clusters = await db.Clusters.AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken);
        return clusters
            .Select(c => new ClusterDto(c.Id, c.Name, c.AreaId, schools.Where(s => s.ClusterId == c.Id).Select(s => s.Id).ToList()))
            .ToList();
    }

    public async ValueTask<IReadOnlyList<SchoolDto>> Handle(ListSchools query, CancellationToken cancellationToken) =>
        await db.Schools.AsNoTracking().OrderBy(s => s.Name)
            .Select(s => new SchoolDto(s.Id, s.Name, s.Brin, s.BoardId, s.ClusterId, s.AreaId))
            .ToListAsync(cancellationToken);

    public async ValueTask<SchoolWithVersionDto> Handle(GetSchool query, CancellationToken cancellationToken) =>
        (await db.Schools.AsNoTracking().SingleOrDefaultAsync(s => s.Id == query.SchoolId, cancellationToken))?.ToDto()
        ?? throw new NotFoundException("School", query.SchoolId);
}
