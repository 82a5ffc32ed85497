namespace GeenKindDeBuurtUit.Facilities.Infrastructure.Persistence;

/// <summary>
/// A school as this module knows it: its area (from registrations and moves) and its point (from
/// <c>SchoolLocated</c>), each kept by the time of the fact it reflects, so a late older event changes nothing.
/// </summary>
internal sealed class SchoolSpot
{
    private SchoolSpot()
    {
    }

    public Guid SchoolId { get; private set; }

    /// <summary>Empty while only the school's point is known.</summary>
    public Guid AreaId { get; private set; }

    public DateTime PlacedAsOf { get; private set; }

    public double? Latitude { get; private set; }

    public double? Longitude { get; private set; }

    public bool IsPlaceholder { get; private set; }

    public DateTime? LocatedAsOf { get; private set; }

    public static SchoolSpot New(Guid schoolId) => new() { SchoolId = schoolId, PlacedAsOf = DateTime.UnixEpoch };

    public void Place(Guid areaId, DateTime asOf)
    {
        if (asOf >= PlacedAsOf)
        {
            (AreaId, PlacedAsOf) = (areaId, asOf);
        }
    }

    public void Locate(double latitude, double longitude, bool isPlaceholder, DateTime asOf)
    {
        if (LocatedAsOf is null || asOf >= LocatedAsOf)
        {
            (Latitude, Longitude, IsPlaceholder, LocatedAsOf) = (latitude, longitude, isPlaceholder, asOf);
        }
    }
}
