using GeenKindDeBuurtUit.Facilities.Application.Directory;
using GeenKindDeBuurtUit.Platform.Geography;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Facilities.Infrastructure.Persistence;

internal sealed class SchoolMap(FacilitiesDbContext db) : ISchoolMap
{
    public async Task<MappedSchool?> FindSchoolAsync(Guid schoolId, CancellationToken cancellationToken)
    {
        var spot = await db.Schools.AsNoTracking().SingleOrDefaultAsync(s => s.SchoolId == schoolId && s.AreaId != Guid.Empty, cancellationToken);
        return spot is null
            ? null
            : new MappedSchool(
                spot.SchoolId, spot.AreaId, spot is { Latitude: { } lat, Longitude: { } lon } ? new GeoPoint(lat, lon) : null, spot.IsPlaceholder);
    }

    public Task<bool> AreaExistsAsync(Guid areaId, CancellationToken cancellationToken) =>
        areaId == Guid.Empty ? Task.FromResult(false) : db.Schools.AnyAsync(s => s.AreaId == areaId, cancellationToken);

    /// <summary>The school's row, new when this module has not heard of it yet; the caller saves.</summary>
    public static async Task<SchoolSpot> SpotAsync(FacilitiesDbContext db, Guid schoolId, CancellationToken cancellationToken)
    {
        var spot = await db.Schools.SingleOrDefaultAsync(s => s.SchoolId == schoolId, cancellationToken);
        if (spot is null)
        {
            spot = SchoolSpot.New(schoolId);
            db.Schools.Add(spot);
        }

        return spot;
    }
}
