using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolMap;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolYears;
using GeenKindDeBuurtUit.SupportCases.Application.Cases;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;
using GeenKindDeBuurtUit.SupportCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.SupportCases.Infrastructure.SchoolYears;

/// <summary>
/// The closed years of the area a school is in now, as the Collective Budget module counts a
/// school's referrals in its current area (docs/adr/0031).
/// </summary>
internal sealed class ClosedSchoolYearsOfArea(SupportCasesDbContext db) : IClosedSchoolYears
{
    public async Task<ClosedSchoolYears> OfSchoolAsync(Guid schoolId, CancellationToken cancellationToken)
    {
        var area = db.SchoolPlacements().Where(p => p.SchoolId == schoolId).Select(p => p.AreaId);
        var years = await db.SchoolYearClosures().AsNoTracking()
            .Where(c => area.Contains(c.AreaId)).Select(c => c.SchoolYearStart).ToListAsync(cancellationToken);
        return new ClosedSchoolYears(years.Select(SchoolYear.Starting));
    }
}
