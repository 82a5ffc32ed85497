using GeenKindDeBuurtUit.CollectiveBudget.Domain.Referrals;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Referrals;

/// <summary>Reads the Support Cases module's referral type ("sbo", "so") and SO category ("low", "medium", "high").</summary>
internal static class ReferralKinds
{
    public static ReferralKind From(string type, string? category) => (type, category) switch
    {
        ("sbo", null) => ReferralKind.Sbo,
        ("so", "low") => ReferralKind.SoLow,
        ("so", "medium") => ReferralKind.SoMedium,
        ("so", "high") => ReferralKind.SoHigh,

        // Not a value of the contract: the event is refused and stays visible in the outbox with this error.
        _ => throw new InvalidOperationException($"Unknown referral type '{type}' with category '{category}'."),
    };
}
