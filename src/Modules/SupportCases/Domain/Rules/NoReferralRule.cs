using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;

namespace GeenKindDeBuurtUit.SupportCases.Domain.Rules;

/// <summary>Only a referral that stands can be withdrawn.</summary>
public sealed class NoReferralRule(Referral? referral) : IBusinessRule
{
    public string Code => "no-referral";

    public string Message => referral is null ? "This case has no referral to withdraw." : "The referral of this case has already been withdrawn.";

    public bool IsBroken() => referral is null || !referral.IsActive;
}
