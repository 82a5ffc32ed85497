using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.SupportCases.Application.Access;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;

namespace GeenKindDeBuurtUit.SupportCases.Application.Cases;

public sealed record ListSupportCases(Guid? SchoolId, CaseStatus? Status, int? Level, Need? Need, int? Page, int? PageSize) : IQuery<PagedList<WrittenCase>>, IPagedQuery;

internal sealed class ListSupportCasesValidator : AbstractValidator<ListSupportCases>
{
    public ListSupportCasesValidator()
    {
        RuleFor(q => q.Level).Must(l => l is null || SupportLevel.IsValid(l.Value)).WithMessage("A level is 1, 2, 3, 4 or 5.");
        Include(new PagingValidator<ListSupportCases>());
    }
}

internal sealed class ListSupportCasesHandler(ISupportCaseQueries queries, SupportCaseAccess access) : IQueryHandler<ListSupportCases, PagedList<WrittenCase>>
{
    public async ValueTask<PagedList<WrittenCase>> Handle(ListSupportCases query, CancellationToken cancellationToken)
    {
        var filter = new SupportCaseFilter(access.VisibleSchools, query.SchoolId, query.Status, query.Level, query.Need);
        var page = PageRequest.From(query.Page, query.PageSize);
        var (cases, total) = await queries.ListWrittenAsync(filter, page, cancellationToken);
        return PagedList<WrittenCase>.Of(cases, page, total);
    }
}
