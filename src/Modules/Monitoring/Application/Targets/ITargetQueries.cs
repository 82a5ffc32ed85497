using GeenKindDeBuurtUit.Monitoring.Domain.Targets;

namespace GeenKindDeBuurtUit.Monitoring.Application.Targets;

/// <summary>The targets admins set, read untracked: a change to them is never saved.</summary>
internal interface ITargetQueries
{
    Task<IReadOnlyList<Target>> AllAsync(CancellationToken cancellationToken);

    Task<Target?> FindAsync(int schoolYearStart, CancellationToken cancellationToken);
}
