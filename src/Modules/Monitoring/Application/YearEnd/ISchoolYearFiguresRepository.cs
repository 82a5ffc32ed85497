using GeenKindDeBuurtUit.Monitoring.Domain.YearEnd;

namespace GeenKindDeBuurtUit.Monitoring.Application.YearEnd;

/// <summary>
/// The years whose figures were ever closed, with their history. Two first closings of one year at
/// once are the same race as a stale version: <see cref="IMonitoringUnitOfWork"/> refuses the second as such (412).
/// </summary>
internal interface ISchoolYearFiguresRepository
{
    Task<SchoolYearFigures?> FindAsync(int schoolYearStart, CancellationToken cancellationToken);

    void Add(SchoolYearFigures figures);
}
