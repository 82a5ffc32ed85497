using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;

namespace GeenKindDeBuurtUit.SupportCases.Domain.Rules;

/// <summary>A referral to special education is only ever the decision of an OT meeting to refer.</summary>
public sealed class ReferralNeedsOtRule(OtMeeting? meeting) : IBusinessRule
{
    public string Code => "referral-needs-ot";

    public string Message => "A referral to special education is only ever the decision of an OT meeting.";

    public bool IsBroken() => meeting is null || meeting.Decision != OtDecision.Refer || meeting.ReferralType is null;
}
