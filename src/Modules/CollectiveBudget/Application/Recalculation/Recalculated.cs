using GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Referrals;

namespace GeenKindDeBuurtUit.CollectiveBudget.Application.Recalculation;

/// <summary>What a recalculation booked, and the referral counts it booked from.</summary>
/// <param name="FreedFunds">The freed-funds adjustment booked, or null when there was none.</param>
public sealed record Recalculated(LedgerEntry? FreedFunds, ReferralCounts PreviousYear, ReferralCounts Actual);
