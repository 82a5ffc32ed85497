namespace GeenKindDeBuurtUit.ExpertisePool.Domain.Requests;

/// <summary>
/// Who asks: one school, or a cluster on behalf of its schools; never both. The cluster and area
/// are where the request lies, as the school map placed it when the request was made.
/// </summary>
public sealed record Requester
{
    private Requester(Guid? schoolId, Guid clusterId, Guid areaId) => (SchoolId, ClusterId, AreaId) = (schoolId, clusterId, areaId);

    /// <summary>The requesting school; null when a cluster asks.</summary>
    public Guid? SchoolId { get; }

    public Guid ClusterId { get; }

    public Guid AreaId { get; }

    public bool IsCluster => SchoolId is null;

    public static Requester School(Guid schoolId, Guid clusterId, Guid areaId) => new(schoolId, clusterId, areaId);

    public static Requester Cluster(Guid clusterId, Guid areaId) => new(null, clusterId, areaId);
}
