using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolMap;
using GeenKindDeBuurtUit.SupportCases.Application.Cases;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.SupportCases.Infrastructure;

internal sealed class SupportCaseQueries(SupportCasesDbContext db) : ISupportCaseQueries
{
    public async Task<(IReadOnlyList<SupportCase> Cases, int Total)> ListAsync(SupportCaseFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        var cases = db.Cases.AsNoTracking();
        if (filter.VisibleSchools is { } visible)
        {
            var schoolIds = visible.ToList();
            cases = cases.Where(c => schoolIds.Contains(c.SchoolId));
        }

        if (filter.SchoolId is { } schoolId)
        {
            cases = cases.Where(c => c.SchoolId == schoolId);
        }

        if (filter.Status is { } status)
        {
            cases = cases.Where(c => c.Status == status);
        }

        if (filter.Level is { } level)
        {
            cases = cases.Where(c => c.Level == level);
        }

        if (filter.Need is { } need)
        {
            cases = cases.Where(c => c.Needs.Contains(need));
        }

        if (filter.EscalatedOnly)
        {
            cases = cases.Where(c => c.Escalations.Any());
        }

        if (filter.AreaId is { } areaId)
        {
            var schoolsInArea = db.SchoolPlacements().Where(p => p.AreaId == areaId).Select(p => p.SchoolId);
            cases = cases.Where(c => schoolsInArea.Contains(c.SchoolId));
        }

        var total = await cases.CountAsync(cancellationToken);
        var items = await cases.OrderBy(c => c.OpenedOn).ThenBy(c => c.Id)
            .Skip(page.Skip).Take(page.PageSize)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return (items, total);
    }
}
