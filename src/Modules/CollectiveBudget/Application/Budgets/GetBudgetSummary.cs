using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Access;
using GeenKindDeBuurtUit.CollectiveBudget.Domain;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Reconciliation;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Referrals;

namespace GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;

public sealed record GetBudgetSummary(string SchoolYear, Guid AreaId) : IQuery<Versioned<BudgetSummaryDto>>;

internal sealed class GetBudgetSummaryValidator : AbstractValidator<GetBudgetSummary>
{
    public GetBudgetSummaryValidator() => RuleFor(q => q.SchoolYear).IsSchoolYear();
}

/// <summary>A summary as every caller who may see it gets it, with the schools that decide who may.</summary>
internal sealed record KeptBudgetSummary(IReadOnlyList<PlacedSchool> Schools, Versioned<BudgetSummaryDto> Summary);

internal sealed class GetBudgetSummaryHandler(
    BudgetScope scope, BudgetAccess access, IAreaBudgetRepository budgets, IReferralProjection referrals, ICollectiveBudgetUnitOfWork unitOfWork,
    IReadCache<(SchoolYear, Guid), KeptBudgetSummary> kept)
    : IQueryHandler<GetBudgetSummary, Versioned<BudgetSummaryDto>>
{
    public async ValueTask<Versioned<BudgetSummaryDto>> Handle(GetBudgetSummary query, CancellationToken cancellationToken)
    {
        // Read far more often than booked, and the same for every caller: kept until the module's data
        // changes (docs/adr/0073). Who may see it is asked on every request.
        var year = SchoolYear.Parse(query.SchoolYear);
        var summary = await kept.GetOrReadAsync(
            (year, query.AreaId), (Handler: this, Year: year, query.AreaId), static (s, ct) => s.Handler.ReadAsync(s.Year, s.AreaId, ct), cancellationToken);
        access.EnsureCanRead(year, query.AreaId, summary.Schools);
        return summary.Summary;
    }

    private async Task<KeptBudgetSummary> ReadAsync(SchoolYear year, Guid areaId, CancellationToken cancellationToken)
    {
        // Five statements: one connection open for all of them rather than an open and a close each.
        await using var connection = await unitOfWork.KeepConnectionOpenAsync(cancellationToken);
        var schools = await scope.SchoolsOfAsync(areaId, cancellationToken);
        var budget = await budgets.ReadAsync(year, areaId, cancellationToken) ?? AreaBudget.Open(year, areaId);
        var (previousYear, actual) = await referrals.CountWithPreviousYearAsync(year, areaId, cancellationToken);
        var previousYearImported = await referrals.IsImportedAsync(year.Previous, cancellationToken);
        var f = budget.Figures;
        var summary = new BudgetSummaryDto(
            year.ToString(),
            areaId,
            Money.InCents(f.Contributions),
            Money.InCents(f.FreedFunds),
            Money.InCents(f.Pooled),
            Money.InCents(f.Allocated),
            Money.InCents(f.Spent),
            Money.InCents(f.Available),
            Money.InCents(f.Remaining),
            ReferralsOf(budget, previousYear, actual, previousYearImported),
            budget.RecalculatedAt is { } at ? BudgetMapping.Utc(at) : null);

        // A budget nobody booked on yet is version 0, the version it will have when first stored.
        return new(schools, new(summary, ConcurrencyCheck.VersionOf(budget)));
    }

    // A closed year's freed funds were computed from the counts at closing: show those beside them, not today's.
    // A year closed before the source was kept had no imported history: its baseline was the agreement's or recorded.
    private static ReferralFiguresDto ReferralsOf(AreaBudget budget, ReferralCounts previousYear, ReferralCounts actual, bool previousYearImported) =>
        budget is { ClosedBaseline: { } baseline, ClosedActual: { } closed }
            ? new ReferralFiguresDto(baseline.ToDto(), WireName.Of(budget.ClosedBaselineSource ?? budget.BaselineSourceOf(previousYearImported: false)), closed.ToDto())
            : new ReferralFiguresDto(budget.Baseline(previousYear).ToDto(), WireName.Of(budget.BaselineSourceOf(previousYearImported)), actual.ToDto());
}
