namespace GeenKindDeBuurtUit.Platform.Geography;

/// <summary>
/// The box the European Netherlands lies in (with its coastal waters and a margin): a point outside
/// it is a swapped latitude/longitude or a typing error, never a facility or school of ours.
/// </summary>
public static class Netherlands
{
    public const double MinLatitude = 50.75;
    public const double MaxLatitude = 53.7;
    public const double MinLongitude = 3.2;
    public const double MaxLongitude = 7.25;

    /// <summary>The rule's text, as problem details show it on <c>lat</c> and <c>lon</c>.</summary>
    public const string OutsideMessage = "The point must lie within the Netherlands (latitude 50.75 to 53.7, longitude 3.2 to 7.25, WGS84).";

    public static bool ContainsLatitude(double latitude) => latitude is >= MinLatitude and <= MaxLatitude;

    public static bool ContainsLongitude(double longitude) => longitude is >= MinLongitude and <= MaxLongitude;

    public static bool Contains(GeoPoint point) => ContainsLatitude(point.Latitude) && ContainsLongitude(point.Longitude);
}
