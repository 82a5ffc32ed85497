using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolMap;
using GeenKindDeBuurtUit.SupportCases.Application.Cases;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.SupportCases.Infrastructure.Persistence;

internal sealed class SchoolDirectory(SupportCasesDbContext db) : ISchoolDirectory
{
    public async Task<KnownSchool?> FindAsync(Guid schoolId, CancellationToken cancellationToken) =>
        await db.SchoolPlacements().AsNoTracking().Where(p => p.SchoolId == schoolId)
            .Select(p => new KnownSchool(p.SchoolId, p.ClusterId, p.AreaId)).SingleOrDefaultAsync(cancellationToken);

    public Task<bool> ClusterExistsAsync(Guid clusterId, CancellationToken cancellationToken) =>
        db.SchoolPlacements().AnyAsync(p => p.ClusterId == clusterId, cancellationToken);

    public Task<bool> AreaExistsAsync(Guid areaId, CancellationToken cancellationToken) =>
        db.SchoolPlacements().AnyAsync(p => p.AreaId == areaId, cancellationToken);
}
