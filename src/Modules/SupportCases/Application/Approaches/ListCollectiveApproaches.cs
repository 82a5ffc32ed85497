using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.SupportCases.Application.Access;

namespace GeenKindDeBuurtUit.SupportCases.Application.Approaches;

public sealed record ListCollectiveApproaches(int? Page, int? PageSize) : IQuery<PagedList<CollectiveApproachDto>>, IPagedQuery;

internal sealed class ListCollectiveApproachesValidator : AbstractValidator<ListCollectiveApproaches>
{
    public ListCollectiveApproachesValidator() => Include(new PagingValidator<ListCollectiveApproaches>());
}

internal sealed class ListCollectiveApproachesHandler(ICollectiveApproachRepository approaches, SupportCaseAccess access)
    : IQueryHandler<ListCollectiveApproaches, PagedList<CollectiveApproachDto>>
{
    public async ValueTask<PagedList<CollectiveApproachDto>> Handle(ListCollectiveApproaches query, CancellationToken cancellationToken)
    {
        var page = PageRequest.From(query.Page, query.PageSize);
        var (items, total) = await approaches.ListAsync(access.VisibleSchools, page.Skip, page.PageSize, cancellationToken);
        return PagedList<CollectiveApproachDto>.Of(items.Select(a => a.ToDto()).ToList(), page, total);
    }
}
