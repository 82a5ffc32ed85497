using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolYears;
using GeenKindDeBuurtUit.ExpertisePool.Application.Directory;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.ExpertisePool.Infrastructure.Persistence;

internal sealed class ClosedSchoolYears(ExpertisePoolDbContext db) : IClosedSchoolYears
{
    public Task<bool> IsClosedAsync(Guid areaId, SchoolYear schoolYear, CancellationToken cancellationToken) =>
        db.SchoolYearClosures().AnyAsync(c => c.AreaId == areaId && c.SchoolYearStart == schoolYear.StartYear, cancellationToken);
}
