namespace GeenKindDeBuurtUit.ExpertisePool.Application.Directory;

/// <summary>This module's copy of the school map (fed by the Neighbourhoods module's events).</summary>
public interface ISchoolDirectory
{
    Task<KnownSchool?> FindSchoolAsync(Guid schoolId, CancellationToken cancellationToken);

    Task<KnownCluster?> FindClusterAsync(Guid clusterId, CancellationToken cancellationToken);

    Task<bool> AreaExistsAsync(Guid areaId, CancellationToken cancellationToken);

    Task<IReadOnlySet<Guid>> ClustersOfAsync(IReadOnlyCollection<Guid> schoolIds, CancellationToken cancellationToken);
}

public sealed record KnownSchool(Guid SchoolId, Guid ClusterId, Guid AreaId);

public sealed record KnownCluster(Guid ClusterId, Guid AreaId);
