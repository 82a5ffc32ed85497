using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.ExpertisePool.Application.Access;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Professionals;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Requests;

namespace GeenKindDeBuurtUit.ExpertisePool.Application.Requests;

/// <summary>The coordinators' waiting list: requests without a professional, urgent first, then oldest first.</summary>
public sealed record ListWaitingExpertiseRequests(Guid? AreaId, Expertise? Expertise, int? Page, int? PageSize) : IQuery<PagedList<ExpertiseRequestDto>>, IPagedQuery;

internal sealed class ListWaitingExpertiseRequestsValidator : AbstractValidator<ListWaitingExpertiseRequests>
{
    public ListWaitingExpertiseRequestsValidator() => Include(new PagingValidator<ListWaitingExpertiseRequests>());
}

internal sealed class ListWaitingExpertiseRequestsHandler(PoolAccess access, RequestPages pages)
    : IQueryHandler<ListWaitingExpertiseRequests, PagedList<ExpertiseRequestDto>>
{
    public async ValueTask<PagedList<ExpertiseRequestDto>> Handle(ListWaitingExpertiseRequests query, CancellationToken cancellationToken) =>
        await pages.ListAsync(
            query,
            new ExpertiseRequestFilter(await access.ScopeAsync(cancellationToken), RequestStatus.Requested, query.AreaId, query.Expertise, WaitingList: true),
            cancellationToken);
}
