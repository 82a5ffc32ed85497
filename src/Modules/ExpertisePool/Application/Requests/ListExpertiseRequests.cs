using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.ExpertisePool.Application.Access;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Professionals;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Requests;

namespace GeenKindDeBuurtUit.ExpertisePool.Application.Requests;

public sealed record ListExpertiseRequests(RequestStatus? Status, Guid? AreaId, Expertise? Expertise, int? Page, int? PageSize)
    : IQuery<PagedList<ExpertiseRequestDto>>, IPagedQuery;

internal sealed class ListExpertiseRequestsValidator : AbstractValidator<ListExpertiseRequests>
{
    public ListExpertiseRequestsValidator() => Include(new PagingValidator<ListExpertiseRequests>());
}

internal sealed class ListExpertiseRequestsHandler(PoolAccess access, RequestPages pages) : IQueryHandler<ListExpertiseRequests, PagedList<ExpertiseRequestDto>>
{
    public async ValueTask<PagedList<ExpertiseRequestDto>> Handle(ListExpertiseRequests query, CancellationToken cancellationToken) =>
        await pages.ListAsync(
            query, new ExpertiseRequestFilter(await access.ScopeAsync(cancellationToken), query.Status, query.AreaId, query.Expertise), cancellationToken);
}
