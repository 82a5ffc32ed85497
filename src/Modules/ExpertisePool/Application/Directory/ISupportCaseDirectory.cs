namespace GeenKindDeBuurtUit.ExpertisePool.Application.Directory;

/// <summary>
/// Which support cases exist and at which school, fed by the Support Cases module's events. An id
/// and a school only: this module never sees a pupil reference.
/// </summary>
public interface ISupportCaseDirectory
{
    Task<KnownSupportCase?> FindAsync(Guid caseId, CancellationToken cancellationToken);
}

public sealed record KnownSupportCase(Guid CaseId, Guid SchoolId, bool IsClosed);
