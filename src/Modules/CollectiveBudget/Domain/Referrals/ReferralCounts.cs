namespace GeenKindDeBuurtUit.CollectiveBudget.Domain.Referrals;

/// <summary>Referrals (not withdrawn) per type in one area and school year.</summary>
public sealed record ReferralCounts(int Sbo, int SoLow, int SoMedium, int SoHigh)
{
    public static ReferralCounts None { get; } = new(0, 0, 0, 0);

    public int this[ReferralKind kind] => kind switch
    {
        ReferralKind.Sbo => Sbo,
        ReferralKind.SoLow => SoLow,
        ReferralKind.SoMedium => SoMedium,
        ReferralKind.SoHigh => SoHigh,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static ReferralCounts operator +(ReferralCounts left, ReferralCounts right) =>
        new(left.Sbo + right.Sbo, left.SoLow + right.SoLow, left.SoMedium + right.SoMedium, left.SoHigh + right.SoHigh);

    public static ReferralCounts From(IReadOnlyDictionary<ReferralKind, int> counts) => new(
        counts.GetValueOrDefault(ReferralKind.Sbo),
        counts.GetValueOrDefault(ReferralKind.SoLow),
        counts.GetValueOrDefault(ReferralKind.SoMedium),
        counts.GetValueOrDefault(ReferralKind.SoHigh));
}
