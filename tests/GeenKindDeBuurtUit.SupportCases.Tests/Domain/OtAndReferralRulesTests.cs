using GeenKindDeBuurtUit.SupportCases.Domain.Cases;
using GeenKindDeBuurtUit.SupportCases.Domain.Rules;

namespace GeenKindDeBuurtUit.SupportCases.Tests.Domain;

public sealed class OtAndReferralRulesTests
{
    private static readonly DateOnly Day = new(2026, 3, 2);

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    public void An_ot_meeting_is_held_only_at_level_5(int level)
    {
        var supportCase = new SupportCaseBuilder().AtLevel(level).Build();

        RuleAssert.Broken<OtRequiresLevel5Rule>("ot-requires-level-5",
            () => supportCase.HoldOtMeeting(Guid.NewGuid(), Day, [OtRole.Swv], OtDecision.Stay, null, null, ClosedSchoolYears.None));
        Assert.Empty(supportCase.OtMeetings);
    }

    [Fact]
    public void An_ot_meeting_has_the_swv_present()
    {
        var supportCase = new SupportCaseBuilder().AtLevel(5).Build();

        RuleAssert.Broken<OtRequiresSwvRule>("ot-requires-swv",
            () => supportCase.HoldOtMeeting(Guid.NewGuid(), Day, [OtRole.School, OtRole.Parents, OtRole.Okt], OtDecision.Refer, ReferralType.Sbo, null, ClosedSchoolYears.None));
        Assert.Null(supportCase.Referral);
    }

    [Fact]
    public void A_stay_decision_refers_nobody()
    {
        var supportCase = new SupportCaseBuilder().AtLevel(5).Build();

        supportCase.HoldOtMeeting(Guid.NewGuid(), Day, [OtRole.Swv, OtRole.School], OtDecision.Stay, ReferralType.Sbo, null, ClosedSchoolYears.None);

        Assert.Null(supportCase.Referral);
        Assert.Single(supportCase.OtMeetings);
    }

    [Fact]
    public void A_refer_decision_refers_in_the_school_year_of_the_meeting()
    {
        var supportCase = new SupportCaseBuilder().AtLevel(5).Build();

        supportCase.HoldOtMeeting(Guid.NewGuid(), new DateOnly(2026, 7, 31), [OtRole.Swv], OtDecision.Refer, ReferralType.So, SoCategory.Medium, ClosedSchoolYears.None);

        var referral = supportCase.Referral!;
        Assert.Equal(ReferralType.So, referral.Type);
        Assert.Equal(SoCategory.Medium, referral.Category);
        Assert.Equal("2025-2026", referral.SchoolYear.ToString());
        Assert.True(referral.IsActive);
    }

    [Fact]
    public void A_referral_is_only_ever_an_ot_decision()
    {
        Assert.True(new ReferralNeedsOtRule(null).IsBroken());
        Assert.Equal("referral-needs-ot", new ReferralNeedsOtRule(null).Code);
    }

    [Fact]
    public void A_standing_referral_is_not_made_twice()
    {
        var supportCase = new SupportCaseBuilder().Referred().Build();

        RuleAssert.Broken<AlreadyReferredRule>("already-referred",
            () => supportCase.HoldOtMeeting(Guid.NewGuid(), Day, [OtRole.Swv], OtDecision.Refer, ReferralType.Sbo, null, ClosedSchoolYears.None));
    }

    [Fact]
    public void A_withdrawn_referral_no_longer_counts_and_cannot_be_withdrawn_again()
    {
        var supportCase = new SupportCaseBuilder().Referred().Build();

        supportCase.WithdrawReferral(Day, "a place in the neighbourhood after all", ClosedSchoolYears.None);

        Assert.False(supportCase.Referral!.IsActive);
        Assert.Equal(Day, supportCase.Referral.WithdrawnOn);
        RuleAssert.Broken<NoReferralRule>("no-referral", () => supportCase.WithdrawReferral(Day, "again", ClosedSchoolYears.None));
    }

    [Fact]
    public void Without_a_referral_there_is_nothing_to_withdraw()
    {
        var supportCase = new SupportCaseBuilder().AtLevel(5).Build();

        RuleAssert.Broken<NoReferralRule>("no-referral", () => supportCase.WithdrawReferral(Day, "why", ClosedSchoolYears.None));
    }

    [Fact]
    public void After_a_withdrawal_the_ot_may_refer_again()
    {
        var supportCase = new SupportCaseBuilder().Referred().Build();
        supportCase.WithdrawReferral(Day, "tried the neighbourhood first", ClosedSchoolYears.None);

        supportCase.HoldOtMeeting(Guid.NewGuid(), Day.AddDays(30), [OtRole.Swv], OtDecision.Refer, ReferralType.So, SoCategory.Low, ClosedSchoolYears.None);

        Assert.True(supportCase.Referral!.IsActive);
        Assert.Equal(ReferralType.So, supportCase.Referral.Type);
    }
}
