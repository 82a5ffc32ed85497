using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolMap;
using GeenKindDeBuurtUit.ExpertisePool.Application.Directory;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.ExpertisePool.Infrastructure.Persistence;

internal sealed class SchoolDirectory(ExpertisePoolDbContext db) : ISchoolDirectory
{
    public async Task<KnownSchool?> FindSchoolAsync(Guid schoolId, CancellationToken cancellationToken) =>
        await db.SchoolPlacements().AsNoTracking().Where(p => p.SchoolId == schoolId)
            .Select(p => new KnownSchool(p.SchoolId, p.ClusterId, p.AreaId)).SingleOrDefaultAsync(cancellationToken);

    public async Task<KnownCluster?> FindClusterAsync(Guid clusterId, CancellationToken cancellationToken) =>
        await db.SchoolPlacements().AsNoTracking().Where(p => p.ClusterId == clusterId)
            .Select(p => new KnownCluster(p.ClusterId, p.AreaId)).FirstOrDefaultAsync(cancellationToken);

    public Task<bool> AreaExistsAsync(Guid areaId, CancellationToken cancellationToken) =>
        db.SchoolPlacements().AnyAsync(p => p.AreaId == areaId, cancellationToken);

    public async Task<IReadOnlySet<Guid>> ClustersOfAsync(IReadOnlyCollection<Guid> schoolIds, CancellationToken cancellationToken)
    {
        var ids = schoolIds.ToList();
        var clusters = await db.SchoolPlacements().Where(p => ids.Contains(p.SchoolId)).Select(p => p.ClusterId).Distinct().ToListAsync(cancellationToken);
        return clusters.ToHashSet();
    }
}
