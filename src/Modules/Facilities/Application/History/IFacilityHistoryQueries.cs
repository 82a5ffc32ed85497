using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.Facilities.Domain.History;

namespace GeenKindDeBuurtUit.Facilities.Application.History;

public interface IFacilityHistoryQueries
{
    /// <summary>Oldest first.</summary>
    Task<(IReadOnlyList<FacilityHistoryEntry> Items, int Total)> ListAsync(Guid facilityId, PageRequest page, CancellationToken cancellationToken);
}
