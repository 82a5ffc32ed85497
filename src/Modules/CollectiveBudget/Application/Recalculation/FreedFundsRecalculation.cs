using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Domain;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.IntegrationEvents;

namespace GeenKindDeBuurtUit.CollectiveBudget.Application.Recalculation;

/// <summary>
/// Brings an area's freed funds in line with the referral projection: books the difference
/// between the formula and what the ledger holds. Running it again books nothing; two runs at
/// once cannot both book, because each append moves the budget's version on (docs/adr/0010).
/// </summary>
internal sealed class FreedFundsRecalculation(
    IAreaBudgetRepository budgets,
    IReferralProjection referrals,
    IExpertiseHoursLedger expertiseHours,
    ICollectiveBudgetUnitOfWork unitOfWork,
    TimeProvider clock)
{
    /// <returns>The adjustment booked, or null when there was nothing to book (or no open budget).</returns>
    public async Task<LedgerEntry?> RecalculateAsync(SchoolYear schoolYear, Guid areaId, CancellationToken cancellationToken)
    {
        var budget = await budgets.FindAsync(schoolYear, areaId, cancellationToken);

        // No budget means no agreement and nothing booked: the formula gives zero and zero is booked.
        if (budget is null || budget.IsClosed)
        {
            return null;
        }

        var booked = await BookAsync(budget, cancellationToken);
        await unitOfWork.CommitAsync(cancellationToken);
        return booked.FreedFunds;
    }

    /// <summary>Books into a loaded budget without committing, for a caller that commits more with it.</summary>
    public async Task<Recalculated> BookAsync(AreaBudget budget, CancellationToken cancellationToken)
    {
        var (previousYear, actual) = await referrals.CountWithPreviousYearAsync(budget.SchoolYear, budget.AreaId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var entry = budget.RecalculateFreedFunds(Guid.NewGuid(), previousYear, actual, now);
        var repriced = budget.RepriceExpertise(Guid.NewGuid(), now);
        var charged = await ChargeExpertiseHoursAsync(budget, now, cancellationToken);
        if (entry is not null || repriced is not null || charged > 0)
        {
            var figures = budget.Figures;
            unitOfWork.Publish(new PooledBudgetChangedIntegrationEvent(
                budget.SchoolYear.ToString(), budget.AreaId, Money.InCents(figures.Contributions), Money.InCents(figures.FreedFunds), Money.InCents(figures.Pooled),
                Money.InCents(figures.Allocated), Money.InCents(figures.Spent), Money.InCents(figures.Available)));
        }

        return new Recalculated(entry, previousYear, actual);
    }

    // Hours are charged at the agreed hourly rate once there is one; each entry once, in the same
    // transaction that marks it charged, so a second run finds nothing left to charge.
    private async Task<int> ChargeExpertiseHoursAsync(AreaBudget budget, DateTime now, CancellationToken cancellationToken)
    {
        if (budget.Agreement is null)
        {
            return 0;
        }

        var uncharged = await expertiseHours.ListUnchargedAsync(budget.SchoolYear, budget.AreaId, cancellationToken);
        foreach (var hours in uncharged)
        {
            budget.ChargeExpertise(Guid.NewGuid(), hours.Level, hours.TargetId, hours.Hours, $"expertise-hours:{hours.EntryId}", now, AreaBudget.SystemActor);
            expertiseHours.MarkCharged(hours.EntryId);
        }

        return uncharged.Count;
    }
}
