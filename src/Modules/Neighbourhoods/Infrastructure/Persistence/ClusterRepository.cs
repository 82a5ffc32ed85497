using GeenKindDeBuurtUit.Neighbourhoods.Application;
using GeenKindDeBuurtUit.Neighbourhoods.Domain;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Neighbourhoods.Infrastructure.Persistence;

internal sealed class ClusterRepository(NeighbourhoodsDbContext db) : IClusterRepository
{
    public Task<Cluster?> FindAsync(Guid id, CancellationToken cancellationToken) => db.Clusters.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);

    public Task<bool> NameTakenAsync(Guid areaId, string name, CancellationToken cancellationToken) =>
        db.Clusters.AnyAsync(c => c.AreaId == areaId && c.Name == name, cancellationToken);

    public void Add(Cluster cluster) => db.Clusters.Add(cluster);
}
