using GeenKindDeBuurtUit.Monitoring.Application.YearEnd;
using GeenKindDeBuurtUit.Monitoring.Domain.YearEnd;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Persistence;

internal sealed class SchoolYearFiguresRepository(MonitoringDbContext db) : ISchoolYearFiguresRepository
{
    public Task<SchoolYearFigures?> FindAsync(int schoolYearStart, CancellationToken cancellationToken) =>
        db.SchoolYearFigures.Include(f => f.History).SingleOrDefaultAsync(f => f.SchoolYearStart == schoolYearStart, cancellationToken);

    public void Add(SchoolYearFigures figures) => db.SchoolYearFigures.Add(figures);
}
