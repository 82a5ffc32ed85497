using GeenKindDeBuurtUit.CollectiveBudget.Domain;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.IntegrationEvents;

namespace GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;

/// <summary>What the other modules are told after the ledger changed: the figures as they now stand.</summary>
internal static class BudgetEvents
{
    public static PooledBudgetChangedIntegrationEvent Changed(AreaBudget budget)
    {
        var f = budget.Figures;
        return new PooledBudgetChangedIntegrationEvent(
            budget.SchoolYear.ToString(),
            budget.AreaId,
            Money.InCents(f.Contributions),
            Money.InCents(f.FreedFunds),
            Money.InCents(f.Pooled),
            Money.InCents(f.Allocated),
            Money.InCents(f.Spent),
            Money.InCents(f.Available));
    }
}
