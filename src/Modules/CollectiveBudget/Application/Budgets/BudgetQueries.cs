using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;
using GeenKindDeBuurtUit.CollectiveBudget.Domain;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Referrals;

namespace GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;

public sealed record GetBudgetSummary(string SchoolYear, Guid AreaId) : IQuery<Versioned<BudgetSummaryDto>>;

public sealed record GetAgreement(string SchoolYear, Guid AreaId) : IQuery<Versioned<AgreementDto>>;

public sealed record ListLedger(string SchoolYear, Guid AreaId, int? Page, int? PageSize) : IQuery<PagedList<LedgerEntryDto>>, IPagedQuery;

/// <summary>The whole ledger in booking order, for the CSV file a treasurer reconciles with.</summary>
public sealed record ExportLedger(string SchoolYear, Guid AreaId) : IQuery<IReadOnlyList<LedgerEntryDto>>;

public sealed record GetLedgerEntry(string SchoolYear, Guid AreaId, Guid EntryId) : IQuery<LedgerEntryDto>;

internal sealed class GetBudgetSummaryValidator : AbstractValidator<GetBudgetSummary>
{
    public GetBudgetSummaryValidator() => RuleFor(q => q.SchoolYear).IsSchoolYear();
}

internal sealed class GetAgreementValidator : AbstractValidator<GetAgreement>
{
    public GetAgreementValidator() => RuleFor(q => q.SchoolYear).IsSchoolYear();
}

internal sealed class ListLedgerValidator : AbstractValidator<ListLedger>
{
    public ListLedgerValidator()
    {
        RuleFor(q => q.SchoolYear).IsSchoolYear();
        Include(new PagingValidator<ListLedger>());
    }
}

internal sealed class ExportLedgerValidator : AbstractValidator<ExportLedger>
{
    public ExportLedgerValidator() => RuleFor(q => q.SchoolYear).IsSchoolYear();
}

internal sealed class GetLedgerEntryValidator : AbstractValidator<GetLedgerEntry>
{
    public GetLedgerEntryValidator() => RuleFor(q => q.SchoolYear).IsSchoolYear();
}

internal sealed class BudgetQueryHandlers(BudgetScope scope, IAreaBudgetRepository budgets, IReferralProjection referrals) :
    IQueryHandler<GetBudgetSummary, Versioned<BudgetSummaryDto>>,
    IQueryHandler<GetAgreement, Versioned<AgreementDto>>,
    IQueryHandler<ListLedger, PagedList<LedgerEntryDto>>,
    IQueryHandler<ExportLedger, IReadOnlyList<LedgerEntryDto>>,
    IQueryHandler<GetLedgerEntry, LedgerEntryDto>
{
    public async ValueTask<Versioned<BudgetSummaryDto>> Handle(GetBudgetSummary query, CancellationToken cancellationToken)
    {
        var (year, _) = await scope.EnterAsync(query.SchoolYear, query.AreaId, cancellationToken);
        var budget = await budgets.ReadAsync(year, query.AreaId, cancellationToken) ?? AreaBudget.Open(year, query.AreaId);
        var (previousYear, actual) = await referrals.CountWithPreviousYearAsync(year, query.AreaId, cancellationToken);
        var f = budget.Figures;
        var summary = new BudgetSummaryDto(
            year.ToString(),
            query.AreaId,
            Money.InCents(f.Contributions),
            Money.InCents(f.FreedFunds),
            Money.InCents(f.Pooled),
            Money.InCents(f.Allocated),
            Money.InCents(f.Spent),
            Money.InCents(f.Available),
            Money.InCents(f.Remaining),
            ReferralsOf(budget, previousYear, actual),
            budget.RecalculatedAt is { } at ? BudgetMapping.Utc(at) : null);

        // A budget nobody booked on yet is version 0, the version it will have when first stored.
        return new(summary, ConcurrencyCheck.VersionOf(budget));
    }

    public async ValueTask<Versioned<AgreementDto>> Handle(GetAgreement query, CancellationToken cancellationToken)
    {
        var budget = await FindAsync(query.SchoolYear, query.AreaId, cancellationToken);
        return budget?.Agreement?.ToDto(budget) is { } agreement
            ? new(agreement, ConcurrencyCheck.VersionOf(budget))
            : throw new NotFoundException("Agreement", $"{query.SchoolYear}/{query.AreaId}");
    }

    public async ValueTask<PagedList<LedgerEntryDto>> Handle(ListLedger query, CancellationToken cancellationToken)
    {
        var entries = await EntriesAsync(query.SchoolYear, query.AreaId, cancellationToken);
        var page = PageRequest.From(query.Page, query.PageSize);
        return PagedList<LedgerEntryDto>.Of(entries.Skip(page.Skip).Take(page.PageSize).ToList(), page, entries.Count);
    }

    public async ValueTask<IReadOnlyList<LedgerEntryDto>> Handle(ExportLedger query, CancellationToken cancellationToken) =>
        await EntriesAsync(query.SchoolYear, query.AreaId, cancellationToken);

    public async ValueTask<LedgerEntryDto> Handle(GetLedgerEntry query, CancellationToken cancellationToken)
    {
        var entries = await EntriesAsync(query.SchoolYear, query.AreaId, cancellationToken);
        return entries.SingleOrDefault(e => e.Id == query.EntryId) ?? throw new NotFoundException("Ledger entry", query.EntryId);
    }

    // A closed year's freed funds were computed from the counts at closing: show those beside them, not today's.
    private static ReferralFiguresDto ReferralsOf(AreaBudget budget, ReferralCounts previousYear, ReferralCounts actual) =>
        budget is { ClosedBaseline: { } baseline, ClosedActual: { } closed }
            ? new ReferralFiguresDto(baseline.ToDto(), closed.ToDto())
            : new ReferralFiguresDto(budget.Baseline(previousYear).ToDto(), actual.ToDto());

    private async Task<IReadOnlyList<LedgerEntryDto>> EntriesAsync(string schoolYear, Guid areaId, CancellationToken cancellationToken)
    {
        var budget = await FindAsync(schoolYear, areaId, cancellationToken);
        return budget?.Entries.OrderBy(e => e.Sequence).Select(e => e.ToDto()).ToList() ?? [];
    }

    private async Task<AreaBudget?> FindAsync(string schoolYear, Guid areaId, CancellationToken cancellationToken)
    {
        var (year, _) = await scope.EnterAsync(schoolYear, areaId, cancellationToken);
        return await budgets.ReadAsync(year, areaId, cancellationToken);
    }
}
