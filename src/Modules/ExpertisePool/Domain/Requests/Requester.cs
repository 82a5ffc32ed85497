namespace GeenKindDeBuurtUit.ExpertisePool.Domain.Requests;

/// <summary>
/// Who asks: one school, or a cluster on behalf of its schools; never both. The cluster and area
/// are where the request lies, as the school map placed it when the request was made.
/// </summary>
public sealed record Requester
{
    private Requester(Guid? schoolId, Guid clusterId, Guid areaId, IReadOnlyList<Guid> onBehalfOf) =>
        (SchoolId, ClusterId, AreaId, RequestingSchoolIds) = (schoolId, clusterId, areaId, onBehalfOf);

    /// <summary>The requesting school; null when a cluster asks.</summary>
    public Guid? SchoolId { get; }

    public Guid ClusterId { get; }

    public Guid AreaId { get; }

    /// <summary>
    /// The schools that asked: the requesting school, or for a cluster the schools in it that the
    /// caller acts for (none when a coordinator or an admin asked on the cluster's behalf).
    /// </summary>
    public IReadOnlyList<Guid> RequestingSchoolIds { get; }

    public bool IsCluster => SchoolId is null;

    public static Requester School(Guid schoolId, Guid clusterId, Guid areaId) => new(schoolId, clusterId, areaId, [schoolId]);

    public static Requester Cluster(Guid clusterId, Guid areaId, IEnumerable<Guid> requestingSchoolIds) =>
        new(null, clusterId, areaId, [.. requestingSchoolIds.Distinct()]);
}
