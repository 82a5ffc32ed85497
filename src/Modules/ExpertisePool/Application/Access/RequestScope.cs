using GeenKindDeBuurtUit.ExpertisePool.Domain.Requests;

namespace GeenKindDeBuurtUit.ExpertisePool.Application.Access;

/// <summary>The requests a caller sees: all, or those of its schools and of the clusters its schools belong to.</summary>
public sealed record RequestScope(IReadOnlySet<Guid>? Schools, IReadOnlySet<Guid>? Clusters)
{
    public static readonly RequestScope All = new(null, null);

    public bool IsAll => Schools is null;

    public bool CoversSchool(Guid schoolId) => Schools?.Contains(schoolId) ?? true;

    public bool CoversCluster(Guid clusterId) => Clusters?.Contains(clusterId) ?? true;

    public bool Covers(ExpertiseRequest request) => request.SchoolId is { } schoolId ? CoversSchool(schoolId) : CoversCluster(request.ClusterId);
}
