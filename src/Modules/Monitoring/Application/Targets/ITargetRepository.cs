using GeenKindDeBuurtUit.Monitoring.Domain.Targets;

namespace GeenKindDeBuurtUit.Monitoring.Application.Targets;

/// <summary>
/// The targets admins set, to change. Two admins setting a year nobody had set, at once, is the
/// same race as a stale version: <see cref="IMonitoringUnitOfWork"/> refuses the second as such (412).
/// </summary>
internal interface ITargetRepository
{
    Task<Target?> FindAsync(int schoolYearStart, CancellationToken cancellationToken);

    void Add(Target target);
}
