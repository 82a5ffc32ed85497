using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;

namespace GeenKindDeBuurtUit.SupportCases.Domain.Rules;

/// <summary>A child is referred once: a second referral while the first stands would count the child twice.</summary>
public sealed class AlreadyReferredRule(Referral? referral) : IBusinessRule
{
    public string Code => "already-referred";

    public string Message => "This case already has a referral that stands; withdraw it before the OT decides again.";

    public bool IsBroken() => referral is { IsActive: true };
}
