using GeenKindDeBuurtUit.CollectiveBudget.Domain.Referrals;

namespace GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;

/// <summary>The yearly cost the SWV pays for one placement of each referral type, in euros.</summary>
public sealed record PlacementRates(decimal Sbo, decimal SoLow, decimal SoMedium, decimal SoHigh)
{
    public decimal this[ReferralKind kind] => kind switch
    {
        ReferralKind.Sbo => Sbo,
        ReferralKind.SoLow => SoLow,
        ReferralKind.SoMedium => SoMedium,
        ReferralKind.SoHigh => SoHigh,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
