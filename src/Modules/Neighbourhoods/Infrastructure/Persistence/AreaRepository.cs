using GeenKindDeBuurtUit.Neighbourhoods.Application;
using GeenKindDeBuurtUit.Neighbourhoods.Domain;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Neighbourhoods.Infrastructure.Persistence;

internal sealed class AreaRepository(NeighbourhoodsDbContext db) : IAreaRepository
{
    public Task<Area> GetAsync(Guid id, CancellationToken cancellationToken) => db.Areas.SingleAsync(a => a.Id == id, cancellationToken);

    public Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken) => db.Areas.AnyAsync(a => a.Id == id, cancellationToken);

    public Task<bool> NameTakenAsync(string name, CancellationToken cancellationToken) => db.Areas.AnyAsync(a => a.Name == name, cancellationToken);

    public void Add(Area area) => db.Areas.Add(area);
}
