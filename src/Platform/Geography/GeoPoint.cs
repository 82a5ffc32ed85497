namespace GeenKindDeBuurtUit.Platform.Geography;

/// <summary>A point in WGS84 degrees, as GPS, OpenStreetMap and GeoJSON give it (latitude north, longitude east).</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    private const double EarthRadiusMetres = 6_371_008.8;

    /// <summary>
    /// The great-circle distance in metres (haversine on the mean earth radius). Within a city its
    /// error against the ellipsoid is a few metres in a thousand, well below what "near" asks.
    /// </summary>
    public double MetresTo(GeoPoint other)
    {
        var lat1 = Radians(Latitude);
        var lat2 = Radians(other.Latitude);
        var dLat = lat2 - lat1;
        var dLon = Radians(other.Longitude - Longitude);
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + (Math.Cos(lat1) * Math.Cos(lat2) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * EarthRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>The smallest latitude/longitude box holding every point within <paramref name="metres"/>: a cheap first filter before <see cref="MetresTo"/>.</summary>
    public (double MinLatitude, double MaxLatitude, double MinLongitude, double MaxLongitude) BoxAround(double metres)
    {
        var dLat = metres / EarthRadiusMetres * (180 / Math.PI);
        var dLon = dLat / Math.Max(Math.Cos(Radians(Latitude)), 0.01);
        return (Latitude - dLat, Latitude + dLat, Longitude - dLon, Longitude + dLon);
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
