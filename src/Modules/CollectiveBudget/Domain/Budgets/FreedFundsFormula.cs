using GeenKindDeBuurtUit.CollectiveBudget.Domain.Referrals;

namespace GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;

/// <summary>
/// domain.md: <c>freed = max(0, Σ_t (baseline_t − actual_t) · rate_t) · poolShare</c>, in euros
/// rounded to the cent half away from zero. Types offset each other before the floor at zero: one
/// more SO-high placement can cancel the savings of several fewer SBO placements.
/// </summary>
public static class FreedFundsFormula
{
    public static decimal Calculate(ReferralCounts baseline, ReferralCounts actual, PlacementRates rates, decimal poolShare)
    {
        var saved = Enum.GetValues<ReferralKind>().Sum(kind => (baseline[kind] - actual[kind]) * rates[kind]);
        return Money.Round(Math.Max(0m, saved) * poolShare);
    }
}
