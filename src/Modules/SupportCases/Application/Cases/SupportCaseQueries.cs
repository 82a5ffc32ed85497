using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.SupportCases.Application.Access;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;

namespace GeenKindDeBuurtUit.SupportCases.Application.Cases;

public sealed record GetSupportCase(Guid CaseId) : IQuery<SupportCaseDto>;

public sealed record ListSupportCases(Guid? SchoolId, string? Status, int? Level, string? Need, int? Page, int? PageSize) : IQuery<PagedList<SupportCaseDto>>, IPagedQuery;

/// <summary>The SWV's list of cases escalated to the neighbourhood team, per area.</summary>
public sealed record ListEscalatedSupportCases(Guid? AreaId, int? Page, int? PageSize) : IQuery<PagedList<SupportCaseDto>>, IPagedQuery;

internal sealed class ListSupportCasesValidator : AbstractValidator<ListSupportCases>
{
    public ListSupportCasesValidator()
    {
        RuleFor(q => q.Status).IsWireValue<ListSupportCases, CaseStatus>().When(q => q.Status is not null);
        RuleFor(q => q.Need).IsWireValue<ListSupportCases, Need>().When(q => q.Need is not null);
        RuleFor(q => q.Level).Must(l => l is null || SupportLevel.IsValid(l.Value)).WithMessage("A level is 1, 2, 3, 4 or 5.");
        Include(new PagingValidator<ListSupportCases>());
    }
}

internal sealed class ListEscalatedSupportCasesValidator : AbstractValidator<ListEscalatedSupportCases>
{
    public ListEscalatedSupportCasesValidator() => Include(new PagingValidator<ListEscalatedSupportCases>());
}

internal sealed class SupportCaseQueryHandlers(ISupportCaseQueries queries, SupportCaseAccess access) :
    IQueryHandler<GetSupportCase, SupportCaseDto>,
    IQueryHandler<ListSupportCases, PagedList<SupportCaseDto>>,
    IQueryHandler<ListEscalatedSupportCases, PagedList<SupportCaseDto>>
{
    public async ValueTask<SupportCaseDto> Handle(GetSupportCase query, CancellationToken cancellationToken)
    {
        var supportCase = await queries.FindAsync(query.CaseId, cancellationToken) ?? throw new NotFoundException("Support case", query.CaseId);
        access.EnsureCanSee(supportCase.SchoolId, supportCase.Id);
        return supportCase.ToDto();
    }

    public async ValueTask<PagedList<SupportCaseDto>> Handle(ListSupportCases query, CancellationToken cancellationToken)
    {
        var filter = new SupportCaseFilter(
            access.VisibleSchools,
            query.SchoolId,
            query.Status is { } status ? WireName.Parse<CaseStatus>(status) : null,
            query.Level,
            query.Need is { } need ? WireName.Parse<Need>(need) : null);
        return await ListAsync(filter, PageRequest.From(query.Page, query.PageSize), cancellationToken);
    }

    public async ValueTask<PagedList<SupportCaseDto>> Handle(ListEscalatedSupportCases query, CancellationToken cancellationToken) =>
        await ListAsync(new SupportCaseFilter(access.VisibleSchools, EscalatedOnly: true, AreaId: query.AreaId), PageRequest.From(query.Page, query.PageSize), cancellationToken);

    private async Task<PagedList<SupportCaseDto>> ListAsync(SupportCaseFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        var (items, total) = await queries.ListAsync(filter, page, cancellationToken);
        return PagedList<SupportCaseDto>.Of(items.Select(c => c.ToDto()).ToList(), page, total);
    }
}
