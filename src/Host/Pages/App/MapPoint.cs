using System.Globalization;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.Facilities.Application.Facilities;
using GeenKindDeBuurtUit.Neighbourhoods.Application;
using GeenKindDeBuurtUit.Platform.Geography;

namespace GeenKindDeBuurtUit.Host.Pages.App;

/// <summary>
/// A row of the map page's list and, when it has a place, a marker on its map: the list is what the map draws
/// (data attributes on the row), so a keyboard or screen-reader user misses nothing by skipping the map.
/// </summary>
/// <param name="Layer">The map's layer: <c>school</c> or a facility's kind on the wire (<c>youth-care</c>).</param>
/// <param name="State">
/// A facility's status on the wire (<c>active</c>, <c>stale</c>, <c>disputed</c>); for a school <c>located</c> or
/// <c>placeholder</c>; null for a school without a place yet.
/// </param>
public sealed record MapPoint(
    string Id,
    string Name,
    string Layer,
    GeoPoint? Location,
    string? State,
    IReadOnlyList<string> Offers,
    int? AgeFrom,
    int? AgeTo,
    string? Address,
    double? DistanceM)
{
    public const string SchoolLayer = "school";

    public bool IsSchool => Layer == SchoolLayer;

    public string? Latitude => Location?.Latitude.ToString("R", CultureInfo.InvariantCulture);

    public string? Longitude => Location?.Longitude.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Marked on the map with a dashed edge: a facility not confirmed for too long, a school's provisional point.</summary>
    public bool IsUncertain => State is "stale" or "placeholder";

    public static MapPoint Of(SchoolDto school) => new(
        $"school-{school.Id}",
        school.Name,
        SchoolLayer,
        school.Location is { } at ? new GeoPoint(at.Lat, at.Lon) : null,
        school.Location is null ? null : school.LocationIsPlaceholder ? "placeholder" : "located",
        [],
        null,
        null,
        null,
        null);

    public static MapPoint Of(FacilityDto facility) => new(
        $"voorziening-{facility.Id}",
        facility.Name,
        WireName.Of(facility.Kind),
        new GeoPoint(facility.Location.Lat, facility.Location.Lon),
        WireName.Of(facility.Status),
        [.. facility.Offers.Select(need => WireName.Of(need))],
        facility.AgeFrom,
        facility.AgeTo,
        facility.Address,
        null);

    /// <summary>This point with its distance from <paramref name="origin"/> (none without a place of its own).</summary>
    public MapPoint From(GeoPoint origin) => this with { DistanceM = Location?.MetresTo(origin) };
}
