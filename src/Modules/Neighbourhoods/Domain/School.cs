using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Platform.Geography;

namespace GeenKindDeBuurtUit.Neighbourhoods.Domain;

/// <summary>A regular primary school: belongs to one board and one cluster, and through it to one area.</summary>
public sealed class School : AggregateRoot
{
    private School()
    {
        Name = string.Empty;
    }

    private School(Guid id, string name, string? brin, Guid boardId, Cluster cluster)
    {
        Id = id;
        Name = name;
        Brin = brin;
        BoardId = boardId;
        ClusterId = cluster.Id;
        AreaId = cluster.AreaId;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>The school's BRIN code; null where it is not known (the pilot's seed texts name none).</summary>
    public string? Brin { get; private set; }

    public Guid BoardId { get; private set; }

    public Guid ClusterId { get; private set; }

    public Guid AreaId { get; private set; }

    /// <summary>The school's point in WGS84 degrees; null until an admin sets one or its area gives it a placeholder.</summary>
    public double? Latitude { get; private set; }

    public double? Longitude { get; private set; }

    /// <summary>True while the point is a stand-in inside the school's area, not its address (docs/adr/0061).</summary>
    public bool LocationIsPlaceholder { get; private set; }

    public GeoPoint? Location => Latitude is { } lat && Longitude is { } lon ? new GeoPoint(lat, lon) : null;

    public static School Register(Guid id, string name, string? brin, Guid boardId, Cluster cluster, int schoolsInCluster)
    {
        CheckRule(new ClusterHasRoomRule(cluster.Name, schoolsInCluster));
        cluster.Admit(id);
        return new School(id, name, brin, boardId, cluster);
    }

    public void MoveTo(Cluster cluster, int schoolsInCluster)
    {
        if (cluster.Id == ClusterId)
        {
            return;
        }

        CheckRule(new ClusterHasRoomRule(cluster.Name, schoolsInCluster));
        cluster.Admit(Id);
        ClusterId = cluster.Id;
        AreaId = cluster.AreaId;
        Raise(new SchoolMoved(Id));
    }

    /// <summary>An admin sets the school's real point: it is no longer a placeholder.</summary>
    public void Locate(GeoPoint point) => SetLocation(point, isPlaceholder: false);

    /// <summary>Gives a school without a point a placeholder inside its area; a school that has one keeps it.</summary>
    /// <returns>Whether the school got the placeholder.</returns>
    public bool PlaceholderAt(GeoPoint point)
    {
        if (Location is not null)
        {
            return false;
        }

        SetLocation(point, isPlaceholder: true);
        return true;
    }

    private void SetLocation(GeoPoint point, bool isPlaceholder)
    {
        CheckRule(new WithinNetherlandsRule(point));
        Latitude = point.Latitude;
        Longitude = point.Longitude;
        LocationIsPlaceholder = isPlaceholder;
    }
}
