using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.Facilities.Application.History;
using GeenKindDeBuurtUit.Facilities.Domain.History;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Facilities.Infrastructure.Persistence;

internal sealed class FacilityHistoryQueries(FacilitiesDbContext db) : IFacilityHistoryQueries
{
    public async Task<(IReadOnlyList<FacilityHistoryEntry> Items, int Total)> ListAsync(Guid facilityId, PageRequest page, CancellationToken cancellationToken)
    {
        var entries = db.History.AsNoTracking().Where(e => e.FacilityId == facilityId);
        var total = await entries.CountAsync(cancellationToken);

        // Entries of one instant (a report that disputes) keep the order they were written in: the sequence of their ids is not that order, the action is.
        var items = await entries.OrderBy(e => e.At).ThenBy(e => e.Action == HistoryAction.Disputed ? 1 : 0).ThenBy(e => e.Id)
            .Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return (items, total);
    }
}
