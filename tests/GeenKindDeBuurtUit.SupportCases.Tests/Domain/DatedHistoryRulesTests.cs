using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;
using GeenKindDeBuurtUit.SupportCases.Domain.Rules;

namespace GeenKindDeBuurtUit.SupportCases.Tests.Domain;

/// <summary>Dates that cannot rewrite history: the level history, OT meetings, withdrawals and closed school years.</summary>
public sealed class DatedHistoryRulesTests
{
    // The builder takes a case to level 5 three days after it opened.
    private static readonly DateOnly ReachedLevel5 = SupportCaseBuilder.Opened.AddDays(3);
    private static readonly OtRole[] WithSwv = [OtRole.Swv, OtRole.School];

    [Fact]
    public void The_level_on_a_day_is_read_from_the_dated_history()
    {
        var supportCase = new SupportCaseBuilder().AtLevel(5).Build();
        supportCase.ChangeLevel(3, new DateOnly(2025, 11, 1), "back in basic support");

        Assert.Equal(2, supportCase.LevelHistory.Count);
        Assert.Equal(3, supportCase.LevelOn(ReachedLevel5.AddDays(-1)));
        Assert.Equal(5, supportCase.LevelOn(ReachedLevel5));
        Assert.Equal(5, supportCase.LevelOn(new DateOnly(2025, 10, 31)));
        Assert.Equal(3, supportCase.LevelOn(new DateOnly(2025, 11, 1)));
    }

    [Fact]
    public void An_ot_meeting_dated_before_the_case_reached_level_5_is_refused()
    {
        var supportCase = new SupportCaseBuilder().AtLevel(5).Build();

        var broken = Assert.Throws<BusinessRuleViolationException>(
            () => supportCase.HoldOtMeeting(Guid.NewGuid(), ReachedLevel5.AddDays(-1), WithSwv, OtDecision.Refer, ReferralType.Sbo, null, ClosedSchoolYears.None));

        Assert.IsType<OtRequiresLevel5Rule>(broken.Rule);
        Assert.Equal("ot-requires-level-5", broken.Code);
        Assert.Contains("reached level 5 on 2025-09-04", broken.Message, StringComparison.Ordinal);
        Assert.Empty(supportCase.OtMeetings);
        Assert.Null(supportCase.Referral);
    }

    [Fact]
    public void An_ot_meeting_on_the_day_the_case_reached_level_5_is_held()
    {
        var supportCase = new SupportCaseBuilder().AtLevel(5).Build();

        supportCase.HoldOtMeeting(Guid.NewGuid(), ReachedLevel5, WithSwv, OtDecision.Refer, ReferralType.Sbo, null, ClosedSchoolYears.None);

        Assert.Equal(ReachedLevel5, supportCase.Referral!.DecidedOn);
    }

    [Fact]
    public void Level_5_is_judged_on_the_day_of_the_meeting_not_at_todays_level()
    {
        var supportCase = new SupportCaseBuilder().AtLevel(5).Build();
        supportCase.ChangeLevel(4, new DateOnly(2025, 10, 1), "the OT's advice works");

        // Recorded late, but held while the case was at level 5.
        supportCase.HoldOtMeeting(Guid.NewGuid(), new DateOnly(2025, 9, 20), WithSwv, OtDecision.Stay, null, null, ClosedSchoolYears.None);

        RuleAssert.Broken<OtRequiresLevel5Rule>("ot-requires-level-5",
            () => supportCase.HoldOtMeeting(Guid.NewGuid(), new DateOnly(2025, 10, 2), WithSwv, OtDecision.Stay, null, null, ClosedSchoolYears.None));
        Assert.Single(supportCase.OtMeetings);
    }

    [Fact]
    public void A_level_change_cannot_be_dated_before_the_last_one()
    {
        var supportCase = new SupportCaseBuilder().AtLevel(5).Build();

        RuleAssert.Broken<LevelChangeOutOfOrderRule>("level-change-out-of-order",
            () => supportCase.ChangeLevel(4, ReachedLevel5.AddDays(-1), "back-dated"));

        Assert.Equal(5, supportCase.Level);
        Assert.Single(supportCase.LevelHistory);
    }

    [Fact]
    public void A_level_change_cannot_be_dated_before_an_ot_meeting_it_would_unmake()
    {
        var supportCase = new SupportCaseBuilder().AtLevel(5).Build();
        var heldOn = new DateOnly(2025, 10, 15);
        supportCase.HoldOtMeeting(Guid.NewGuid(), heldOn, WithSwv, OtDecision.Stay, null, null, ClosedSchoolYears.None);

        RuleAssert.Broken<LevelChangeOutOfOrderRule>("level-change-out-of-order",
            () => supportCase.ChangeLevel(3, heldOn.AddDays(-1), "back-dated below the meeting"));
        supportCase.ChangeLevel(3, heldOn, "after the meeting");

        Assert.Equal(5, supportCase.LevelOn(heldOn.AddDays(-1)));
    }

    [Fact]
    public void A_withdrawal_is_not_dated_before_the_decision()
    {
        var supportCase = new SupportCaseBuilder().Referred().Build();
        var decidedOn = supportCase.Referral!.DecidedOn;

        RuleAssert.Broken<WithdrawalBeforeDecisionRule>("withdrawal-before-decision",
            () => supportCase.WithdrawReferral(decidedOn.AddDays(-1), "back-dated", ClosedSchoolYears.None));
        Assert.True(supportCase.Referral.IsActive);

        supportCase.WithdrawReferral(decidedOn, "the same day", ClosedSchoolYears.None);
        Assert.False(supportCase.Referral.IsActive);
    }

    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    public void A_referral_that_would_count_in_a_closed_year_is_refused(int closedStartYear)
    {
        // Held in 2025-2026: its own year's count, and the baseline of 2026-2027.
        var supportCase = new SupportCaseBuilder().AtLevel(5).Build();
        var closed = new ClosedSchoolYears([SchoolYear.Starting(closedStartYear)]);

        RuleAssert.Broken<ClosedSchoolYearRule>("school-year-closed",
            () => supportCase.HoldOtMeeting(Guid.NewGuid(), new DateOnly(2026, 3, 2), WithSwv, OtDecision.Refer, ReferralType.Sbo, null, closed));

        Assert.Null(supportCase.Referral);
        Assert.Empty(supportCase.OtMeetings);
    }

    [Fact]
    public void A_stay_decision_and_a_referral_outside_the_closed_years_are_not_refused()
    {
        var supportCase = new SupportCaseBuilder().AtLevel(5).Build();
        var closed = new ClosedSchoolYears([SchoolYear.Starting(2024), SchoolYear.Starting(2027)]);

        supportCase.HoldOtMeeting(Guid.NewGuid(), new DateOnly(2026, 3, 1), WithSwv, OtDecision.Stay, null, null, new ClosedSchoolYears([SchoolYear.Starting(2025)]));
        supportCase.HoldOtMeeting(Guid.NewGuid(), new DateOnly(2026, 3, 2), WithSwv, OtDecision.Refer, ReferralType.Sbo, null, closed);

        Assert.True(supportCase.Referral!.IsActive);
    }

    [Fact]
    public void A_withdrawal_counts_in_the_year_of_the_decision_whatever_day_it_is_made()
    {
        var supportCase = new SupportCaseBuilder().Referred().Build();
        Assert.Equal("2025-2026", supportCase.Referral!.SchoolYear.ToString());
        var closed = new ClosedSchoolYears([SchoolYear.Starting(2025)]);

        RuleAssert.Broken<ClosedSchoolYearRule>("school-year-closed",
            () => supportCase.WithdrawReferral(new DateOnly(2026, 9, 1), "made in the next year", closed));

        Assert.True(supportCase.Referral.IsActive);
    }
}
