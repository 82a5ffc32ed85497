namespace GeenKindDeBuurtUit.CollectiveBudget.Domain.Referrals;

/// <summary>The referral types the SWV pays a different yearly rate for: SBO, and SO in funding category low, medium or high.</summary>
public enum ReferralKind
{
    Sbo,
    SoLow,
    SoMedium,
    SoHigh,
}
