namespace GeenKindDeBuurtUit.SupportCases.Application.Cases;

/// <summary>This module's copy of the school map (fed by the Neighbourhoods module's events).</summary>
public interface ISchoolDirectory
{
    Task<KnownSchool?> FindAsync(Guid schoolId, CancellationToken cancellationToken);

    Task<bool> ClusterExistsAsync(Guid clusterId, CancellationToken cancellationToken);

    Task<bool> AreaExistsAsync(Guid areaId, CancellationToken cancellationToken);
}

public sealed record KnownSchool(Guid SchoolId, Guid ClusterId, Guid AreaId);
