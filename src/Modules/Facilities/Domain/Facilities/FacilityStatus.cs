using System.Text.Json.Serialization;

namespace GeenKindDeBuurtUit.Facilities.Domain.Facilities;

/// <summary>
/// Where a facility stands on the map: <c>active</c> (confirmed recently), <c>stale</c> (not confirmed
/// for too long: shown, marked), <c>disputed</c> (schools report it closed: shown, marked, until its
/// steward confirms or withdraws it), <c>hidden</c> (stale past the grace period: off the map, listed
/// for its steward and admins), <c>withdrawn</c> (no longer on the map, never deleted).
/// </summary>
[JsonConverter(typeof(WireEnumConverter<FacilityStatus>))]
public enum FacilityStatus
{
    Active,
    Stale,
    Disputed,
    Hidden,
    Withdrawn,
}
