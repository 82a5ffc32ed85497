using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.ExpertisePool.Application.Access;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Professionals;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Requests;

namespace GeenKindDeBuurtUit.ExpertisePool.Application.Requests;

public interface IExpertiseRequestQueries
{
    Task<(IReadOnlyList<ExpertiseRequest> Items, int Total)> ListAsync(ExpertiseRequestFilter filter, PageRequest page, CancellationToken cancellationToken);
}

/// <param name="WaitingList">Only waiting requests, urgent first and then oldest first; otherwise every status, oldest first.</param>
public sealed record ExpertiseRequestFilter(
    RequestScope Scope,
    RequestStatus? Status = null,
    Guid? AreaId = null,
    Expertise? Expertise = null,
    bool WaitingList = false);
