using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;

namespace GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;

public sealed record ListLedger(string SchoolYear, Guid AreaId, int? Page, int? PageSize) : IQuery<PagedList<LedgerEntryDto>>, IPagedQuery;

internal sealed class ListLedgerValidator : AbstractValidator<ListLedger>
{
    public ListLedgerValidator()
    {
        RuleFor(q => q.SchoolYear).IsSchoolYear();
        Include(new PagingValidator<ListLedger>());
    }
}

internal sealed class ListLedgerHandler(BudgetScope scope) : IQueryHandler<ListLedger, PagedList<LedgerEntryDto>>
{
    public async ValueTask<PagedList<LedgerEntryDto>> Handle(ListLedger query, CancellationToken cancellationToken)
    {
        var entries = BudgetMapping.LedgerOf(await scope.ReadAsync(query.SchoolYear, query.AreaId, cancellationToken));
        var page = PageRequest.From(query.Page, query.PageSize);
        return PagedList<LedgerEntryDto>.Of(entries.Skip(page.Skip).Take(page.PageSize).ToList(), page, entries.Count);
    }
}
