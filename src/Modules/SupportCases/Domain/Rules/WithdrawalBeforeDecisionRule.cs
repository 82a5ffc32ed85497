using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;

namespace GeenKindDeBuurtUit.SupportCases.Domain.Rules;

/// <summary>A referral is withdrawn after the OT decided it, never before: a withdrawal cannot be dated into the past.</summary>
public sealed class WithdrawalBeforeDecisionRule(Referral referral, DateOnly on) : IBusinessRule
{
    public string Code => "withdrawal-before-decision";

    public string Message => $"A withdrawal on {on:yyyy-MM-dd} comes before the OT decided the referral on {referral.DecidedOn:yyyy-MM-dd}.";

    public bool IsBroken() => on < referral.DecidedOn;
}
