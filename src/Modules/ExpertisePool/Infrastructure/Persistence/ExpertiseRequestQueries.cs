using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.ExpertisePool.Application.Requests;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.ExpertisePool.Infrastructure.Persistence;

internal sealed class ExpertiseRequestQueries(ExpertisePoolDbContext db) : IExpertiseRequestQueries
{
    public async Task<(IReadOnlyList<ExpertiseRequest> Items, int Total)> ListAsync(ExpertiseRequestFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        var requests = db.Requests.AsNoTracking();
        if (!filter.Scope.IsAll)
        {
            var schools = filter.Scope.Schools!.ToList();
            var clusters = filter.Scope.Clusters!.ToList();
            requests = requests.Where(r => (r.SchoolId != null && schools.Contains(r.SchoolId.Value)) || (r.SchoolId == null && clusters.Contains(r.ClusterId)));
        }

        if (filter.Status is { } status)
        {
            requests = requests.Where(r => r.Status == status);
        }

        if (filter.AreaId is { } areaId)
        {
            requests = requests.Where(r => r.AreaId == areaId);
        }

        if (filter.Expertise is { } expertise)
        {
            requests = requests.Where(r => r.Expertise == expertise);
        }

        var total = await requests.CountAsync(cancellationToken);
        var ordered = filter.WaitingList
            ? requests.OrderBy(r => r.Urgency == Urgency.Urgent ? 0 : 1).ThenBy(r => r.RequestedAt).ThenBy(r => r.Id)
            : requests.OrderBy(r => r.RequestedAt).ThenBy(r => r.Id);
        var items = await ordered.Skip(page.Skip).Take(page.PageSize).AsSplitQuery().ToListAsync(cancellationToken);
        return (items, total);
    }
}
