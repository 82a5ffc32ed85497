using GeenKindDeBuurtUit.Neighbourhoods.Application;
using GeenKindDeBuurtUit.Neighbourhoods.Domain;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Neighbourhoods.Infrastructure.Persistence;

internal sealed class SchoolRepository(NeighbourhoodsDbContext db) : ISchoolRepository
{
    public Task<School?> FindAsync(Guid id, CancellationToken cancellationToken) => db.Schools.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    public Task<bool> BrinTakenAsync(string brin, CancellationToken cancellationToken) => db.Schools.AnyAsync(s => s.Brin == brin, cancellationToken);

    public Task<int> CountInClusterAsync(Guid clusterId, CancellationToken cancellationToken) =>
        db.Schools.CountAsync(s => s.ClusterId == clusterId, cancellationToken);

    public Task<int> CountInAreaAsync(Guid areaId, CancellationToken cancellationToken) =>
        db.Schools.CountAsync(s => s.AreaId == areaId, cancellationToken);

    public void Add(School school) => db.Schools.Add(school);
}
