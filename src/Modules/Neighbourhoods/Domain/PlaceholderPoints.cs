using GeenKindDeBuurtUit.Platform.Geography;

namespace GeenKindDeBuurtUit.Neighbourhoods.Domain;

/// <summary>
/// Where a school stands on the map until an admin sets its real point: the source texts give no
/// addresses, so each school of an area with a known centre gets a point of its own near that
/// centre, marked as a placeholder (docs/adr/0061).
/// </summary>
public static class PlaceholderPoints
{
    /// <summary>No placeholder lies further than this from its area's centre; the pilot's areas are about 1.5 km across.</summary>
    public const double MaxMetresFromCentre = 600;

    /// <summary>Points spaced this far apart on average: a map at street level shows every school on its own.</summary>
    private const double SpacingMetres = 100;

    /// <summary>The spiral holds this many points within <see cref="MaxMetresFromCentre"/>; the next ones start again from the centre.</summary>
    private const int PointsPerArea = 36;

    private const double MetresPerDegreeLatitude = 111_195;

    private static readonly double GoldenAngle = Math.PI * (3 - Math.Sqrt(5));

    /// <summary>The rough centres of the areas whose schools get a placeholder: the pilot's, by the area's name.</summary>
    public static IReadOnlyDictionary<string, GeoPoint> AreaCentres { get; } = new Dictionary<string, GeoPoint>(StringComparer.Ordinal)
    {
        ["Osdorp"] = new(52.3585, 4.7990),
        ["Bos en Lommer"] = new(52.3790, 4.8470),
    };

    /// <summary>
    /// The <paramref name="index"/>-th point of an area (its schools counted from 0): on a sunflower
    /// spiral around the centre, so that every index up to <see cref="PointsPerArea"/> gets a point
    /// of its own, the same one on every installation. Null for an area with no known centre.
    /// </summary>
    public static GeoPoint? For(string areaName, int index) =>
        AreaCentres.TryGetValue(areaName, out var centre) ? Around(centre, index) : null;

    public static GeoPoint Around(GeoPoint centre, int index)
    {
        var k = index % PointsPerArea;
        var metres = SpacingMetres * Math.Sqrt(k + 1);
        var angle = k * GoldenAngle;
        var north = metres * Math.Cos(angle);
        var east = metres * Math.Sin(angle);
        return new GeoPoint(
            centre.Latitude + (north / MetresPerDegreeLatitude),
            centre.Longitude + (east / (MetresPerDegreeLatitude * Math.Cos(centre.Latitude * Math.PI / 180))));
    }
}
