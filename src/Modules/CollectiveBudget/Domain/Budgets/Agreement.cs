using GeenKindDeBuurtUit.CollectiveBudget.Domain.Referrals;

namespace GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;

/// <summary>
/// What the SWV and the boards agreed for one area and school year: the share of freed money that
/// goes to the pool, the rates per referral type, optionally a baseline that replaces the previous
/// year's referrals, and the hourly rate at which expertise-pool hours are charged.
/// </summary>
public sealed record Agreement(decimal PoolShare, PlacementRates Rates, ReferralCounts? Baseline, decimal ExpertiseHourRate)
{
    // For the store, which sets the nested rates and baseline after construction.
    private Agreement()
        : this(0m, null!, null, 0m)
    {
    }
}
