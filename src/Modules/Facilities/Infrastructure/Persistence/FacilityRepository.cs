using GeenKindDeBuurtUit.Facilities.Application.Facilities;
using GeenKindDeBuurtUit.Facilities.Domain.Facilities;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Facilities.Infrastructure.Persistence;

internal sealed class FacilityRepository(FacilitiesDbContext db) : IFacilityRepository
{
    private static readonly FacilityStatus[] OnMap = [FacilityStatus.Active, FacilityStatus.Stale, FacilityStatus.Disputed];

    public Task<Facility?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Facilities.SingleOrDefaultAsync(f => f.Id == id, cancellationToken);

    public void Add(Facility facility) => db.Facilities.Add(facility);

    public async Task<IReadOnlyList<Facility>> ListAsync(FacilityFilter filter, CancellationToken cancellationToken)
    {
        var statuses = filter.Statuses.ToList();
        var facilities = db.Facilities.AsNoTracking().Where(f => statuses.Contains(f.Status));
        if (filter.AreaId is { } areaId)
        {
            facilities = facilities.Where(f => f.AreaId == areaId);
        }

        if (filter.Kind is { } kind)
        {
            facilities = facilities.Where(f => f.Kind == kind);
        }

        if (filter.StewardSub is { } steward)
        {
            facilities = facilities.Where(f => f.StewardSub == steward);
        }

        if (filter.Age is { } age)
        {
            facilities = facilities.Where(f => (f.AgeFrom == null || f.AgeFrom <= age) && (f.AgeTo == null || f.AgeTo >= age));
        }

        if (filter.Box is { } box)
        {
            facilities = facilities.Where(f =>
                f.Latitude >= box.MinLatitude && f.Latitude <= box.MaxLatitude && f.Longitude >= box.MinLongitude && f.Longitude <= box.MaxLongitude);
        }

        return await facilities.ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Facility>> ListOnMapAsync(CancellationToken cancellationToken) =>
        await db.Facilities.Where(f => OnMap.Contains(f.Status)).OrderBy(f => f.Id).ToListAsync(cancellationToken);
}
