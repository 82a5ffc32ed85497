using GeenKindDeBuurtUit.Facilities.Domain.Facilities;

namespace GeenKindDeBuurtUit.Facilities.Application.Facilities;

/// <summary>A point in WGS84 degrees, as the contract writes it: <c>{ lat, lon }</c>.</summary>
public sealed record LocationDto(double Lat, double Lon);

public sealed record ContactDto(string? Url, string? Phone, string? Email);

/// <summary>
/// The contract's Facility. <c>DistanceM</c> is set (whole metres) only in a list asked <c>near</c> a
/// school; <c>ConfirmedAt</c> is when the steward last said "still right" (or created it);
/// <c>OpenClosedReports</c> counts schools' open reports of <c>closed</c>.
/// </summary>
public sealed record FacilityDto(
    Guid Id,
    string Name,
    FacilityKind Kind,
    string? Description,
    string Address,
    LocationDto Location,
    Guid AreaId,
    IReadOnlyList<Need> Offers,
    int? AgeFrom,
    int? AgeTo,
    ContactDto Contact,
    string StewardSub,
    FacilityStatus Status,
    DateTimeOffset ConfirmedAt,
    DateOnly StaleOn,
    int OpenClosedReports,
    DateOnly? WithdrawnOn,
    int? DistanceM,
    string Version);
