using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolMap;
using GeenKindDeBuurtUit.SupportCases.Application.Cases;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.SupportCases.Infrastructure.Persistence;

internal sealed class SchoolDirectory(SupportCasesDbContext db) : ISchoolDirectory
{
    // Every case opened asks it: compiled, the question skips building the LINQ expression and EF's cache lookup.
    private static readonly Func<SupportCasesDbContext, Guid, CancellationToken, Task<KnownSchool?>> School = EF.CompileAsyncQuery(
        (SupportCasesDbContext context, Guid schoolId, CancellationToken _) => context.Set<SchoolPlacement>().Where(p => p.SchoolId == schoolId)
            .Select(p => new KnownSchool(p.SchoolId, p.ClusterId, p.AreaId)).SingleOrDefault());

    public Task<KnownSchool?> FindAsync(Guid schoolId, CancellationToken cancellationToken) => School(db, schoolId, cancellationToken);

    public Task<bool> ClusterExistsAsync(Guid clusterId, CancellationToken cancellationToken) =>
        db.SchoolPlacements().AnyAsync(p => p.ClusterId == clusterId, cancellationToken);

    public Task<bool> AreaExistsAsync(Guid areaId, CancellationToken cancellationToken) =>
        db.SchoolPlacements().AnyAsync(p => p.AreaId == areaId, cancellationToken);
}
