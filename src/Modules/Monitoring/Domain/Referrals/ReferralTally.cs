namespace GeenKindDeBuurtUit.Monitoring.Domain.Referrals;

/// <summary>What referrals add up to: one referral counts once, as a standing referral (by type and category) or as a withdrawn one.</summary>
internal readonly record struct ReferralTally(int Referrals, int Sbo, int SoLow, int SoMedium, int SoHigh, int Withdrawn)
{
    public static ReferralTally None => default;

    /// <param name="counts">Not withdrawn.</param>
    /// <param name="type">"sbo" or "so", as the contract writes it.</param>
    /// <param name="category">Null for SBO; "low", "medium" or "high" for SO.</param>
    public static ReferralTally Of(bool counts, string type, string? category) => counts
        ? new(1, One(type == "sbo"), One(category == "low"), One(category == "medium"), One(category == "high"), 0)
        : new(0, 0, 0, 0, 0, 1);

    /// <summary>Referrals the SWV imported for a year before the platform: all standing, none withdrawn.</summary>
    public static ReferralTally Imported(int sbo, int soLow, int soMedium, int soHigh) =>
        new(sbo + soLow + soMedium + soHigh, sbo, soLow, soMedium, soHigh, 0);

    public static ReferralTally operator +(ReferralTally a, ReferralTally b) =>
        new(a.Referrals + b.Referrals, a.Sbo + b.Sbo, a.SoLow + b.SoLow, a.SoMedium + b.SoMedium, a.SoHigh + b.SoHigh, a.Withdrawn + b.Withdrawn);

    public static ReferralTally operator -(ReferralTally a, ReferralTally b) =>
        new(a.Referrals - b.Referrals, a.Sbo - b.Sbo, a.SoLow - b.SoLow, a.SoMedium - b.SoMedium, a.SoHigh - b.SoHigh, a.Withdrawn - b.Withdrawn);

    private static int One(bool holds) => holds ? 1 : 0;
}
