using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.SupportCases.Application.Access;

namespace GeenKindDeBuurtUit.SupportCases.Application.Cases;

/// <summary>The SWV's list of cases escalated to the neighbourhood team, per area.</summary>
public sealed record ListEscalatedSupportCases(Guid? AreaId, int? Page, int? PageSize) : IQuery<PagedList<SupportCaseDto>>, IPagedQuery;

internal sealed class ListEscalatedSupportCasesValidator : AbstractValidator<ListEscalatedSupportCases>
{
    public ListEscalatedSupportCasesValidator() => Include(new PagingValidator<ListEscalatedSupportCases>());
}

internal sealed class ListEscalatedSupportCasesHandler(ISupportCaseQueries queries, SupportCaseAccess access)
    : IQueryHandler<ListEscalatedSupportCases, PagedList<SupportCaseDto>>
{
    public async ValueTask<PagedList<SupportCaseDto>> Handle(ListEscalatedSupportCases query, CancellationToken cancellationToken)
    {
        var page = PageRequest.From(query.Page, query.PageSize);
        var filter = new SupportCaseFilter(access.VisibleSchools, EscalatedOnly: true, AreaId: query.AreaId);
        var (cases, total) = await queries.ListAsync(filter, page, cancellationToken);
        return cases.ToDtoPage(page, total);
    }
}
