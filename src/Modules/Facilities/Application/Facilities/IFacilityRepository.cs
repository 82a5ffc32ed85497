using GeenKindDeBuurtUit.Facilities.Domain.Facilities;

namespace GeenKindDeBuurtUit.Facilities.Application.Facilities;

public interface IFacilityRepository
{
    Task<Facility?> FindAsync(Guid id, CancellationToken cancellationToken);

    void Add(Facility facility);

    /// <summary>Read only: the facilities the filter's stored fields allow; needs, distance and paging are the caller's.</summary>
    Task<IReadOnlyList<Facility>> ListAsync(FacilityFilter filter, CancellationToken cancellationToken);

    /// <summary>Tracked: every facility still on the map, for the daily job.</summary>
    Task<IReadOnlyList<Facility>> ListOnMapAsync(CancellationToken cancellationToken);
}

/// <param name="Statuses">Any of these.</param>
/// <param name="StewardSub">Only this steward's, when set.</param>
/// <param name="Box">Only within this latitude/longitude box, when set.</param>
public sealed record FacilityFilter(
    Guid? AreaId,
    FacilityKind? Kind,
    IReadOnlyList<FacilityStatus> Statuses,
    string? StewardSub,
    int? Age,
    (double MinLatitude, double MaxLatitude, double MinLongitude, double MaxLongitude)? Box);
