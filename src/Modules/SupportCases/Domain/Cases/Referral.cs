using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.SupportCases.Domain.Cases;

/// <summary>
/// A referral to special education, always the decision of an OT meeting. It belongs to the
/// school year of that decision. A withdrawn referral no longer counts as referred.
/// </summary>
public sealed class Referral
{
    private Referral()
    {
        WithdrawalReason = null;
    }

    internal Referral(OtMeeting meeting)
    {
        Type = meeting.ReferralType!.Value;
        Category = meeting.Category;
        DecidedOn = meeting.HeldOn;
        SchoolYearStart = SchoolYear.Of(meeting.HeldOn).StartYear;
        OtMeetingId = meeting.Id;
    }

    public ReferralType Type { get; private set; }

    public SoCategory? Category { get; private set; }

    public DateOnly DecidedOn { get; private set; }

    /// <summary>The first calendar year of the school year, stored as a number so it sorts and groups cheaply.</summary>
    public int SchoolYearStart { get; private set; }

    public SchoolYear SchoolYear => SchoolYear.Starting(SchoolYearStart);

    public Guid OtMeetingId { get; private set; }

    public DateOnly? WithdrawnOn { get; private set; }

    public string? WithdrawalReason { get; private set; }

    public bool IsActive => WithdrawnOn is null;

    internal void Withdraw(DateOnly on, string reason)
    {
        WithdrawnOn = on;
        WithdrawalReason = reason;
    }
}
