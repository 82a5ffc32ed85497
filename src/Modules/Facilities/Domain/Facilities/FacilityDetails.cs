using GeenKindDeBuurtUit.Platform.Geography;

namespace GeenKindDeBuurtUit.Facilities.Domain.Facilities;

/// <summary>How to reach a facility; every part may be missing.</summary>
public sealed record FacilityContact(string? Url, string? Phone, string? Email);

/// <summary>
/// What the creator or steward says about a facility: the create body, also what an update sets in
/// full. Texts arrive trimmed; <see cref="Offers"/> without repeats.
/// </summary>
public sealed record FacilityDetails(
    string Name,
    FacilityKind Kind,
    string? Description,
    string Address,
    GeoPoint Location,
    Guid AreaId,
    IReadOnlyList<Need> Offers,
    int? AgeFrom,
    int? AgeTo,
    FacilityContact Contact,
    string StewardSub);
