using GeenKindDeBuurtUit.Facilities.Domain.Facilities;
using GeenKindDeBuurtUit.Facilities.Domain.History;
using GeenKindDeBuurtUit.Facilities.Domain.Reports;
using GeenKindDeBuurtUit.Facilities.Domain.Rules;
using GeenKindDeBuurtUit.Platform.Geography;

namespace GeenKindDeBuurtUit.Facilities.Tests.Domain;

public sealed class FacilityTests
{
    private static readonly DateOnly Day = new(2026, 3, 2);
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly ConfirmationPolicy Policy = ConfirmationPolicy.Default;

    private static FacilityDetails Details(int? ageFrom = 4, int? ageTo = 12, string name = "Speeltuin De Hoop") => new(
        name, FacilityKind.Play, "Een speeltuin met begeleiding.", "Pieter Calandlaan 1", new GeoPoint(52.3585, 4.799), Guid.NewGuid(),
        [Need.Behaviour], ageFrom, ageTo, new FacilityContact(null, "020 555 0100", null), "partner-play");

    private static Facility Create() => Facility.Create(Guid.NewGuid(), Details(), "admin-1", At, Day);

    [Theory]
    [InlineData(12, 4)]
    [InlineData(-1, 4)]
    [InlineData(0, 24)]
    public void An_age_range_that_runs_backwards_or_out_of_bounds_is_refused(int from, int to) =>
        RuleAssert.Broken<AgeRangeRule>("age-range", () => Facility.Create(Guid.NewGuid(), Details(from, to), "admin-1", At, Day));

    [Fact]
    public void Open_ages_and_one_age_are_fine()
    {
        Assert.False(new AgeRangeRule(null, null).IsBroken());
        Assert.False(new AgeRangeRule(6, 6).IsBroken());
        Assert.False(new AgeRangeRule(null, 23).IsBroken());
    }

    [Fact]
    public void A_new_facility_is_active_confirmed_today_with_its_creation_in_the_history()
    {
        var facility = Create();

        Assert.Equal(FacilityStatus.Active, facility.Status);
        Assert.Equal(Day, facility.ConfirmedOn);
        var created = Assert.Single(facility.History);
        Assert.Equal((HistoryAction.Created, "admin-1"), (created.Action, created.By));
        Assert.Contains(new FieldChange("kind", null, "play"), created.Changes);
        Assert.Contains(new FieldChange("description", null, null), created.Changes);
        Assert.Contains(new FieldChange("offers", null, "behaviour"), created.Changes);
    }

    [Fact]
    public void An_update_names_the_fields_it_changed_and_an_unchanged_one_writes_nothing()
    {
        var facility = Create();
        var details = Details(name: "Speeltuin Het Anker") with { AreaId = facility.AreaId };

        facility.Update(details, "partner-play", At.AddDays(1));
        facility.Update(details, "partner-play", At.AddDays(2));

        Assert.Equal(2, facility.History.Count);
        var update = facility.History[1];
        Assert.Equal([new FieldChange("name", "Speeltuin De Hoop", "Speeltuin Het Anker")], update.Changes);
    }

    [Fact]
    public void A_withdrawn_facility_changes_no_more()
    {
        var facility = Create();
        facility.Withdraw(Day.AddDays(3), "Gesloten.", "partner-play", At);

        RuleAssert.Broken<FacilityWithdrawnRule>("facility-withdrawn", () => facility.Update(Details(), "partner-play", At));
        RuleAssert.Broken<FacilityWithdrawnRule>("facility-withdrawn", () => facility.Confirm("partner-play", At, Day));
        RuleAssert.Broken<FacilityWithdrawnRule>("facility-withdrawn", () => facility.Report(Guid.NewGuid(), ReportKind.Other, "x", new Reporter("s", null), At));
        RuleAssert.Broken<FacilityWithdrawnRule>("facility-withdrawn", () => facility.Withdraw(Day.AddDays(4), "again", "partner-play", At));
        Assert.False(facility.KeepCurrent(Policy, Day.AddYears(2), At));
    }

    [Fact]
    public void A_withdrawal_before_the_creation_date_is_refused() =>
        RuleAssert.Broken<WithdrawalDateRule>("withdrawal-before-creation", () => Create().Withdraw(Day.AddDays(-1), "x", "partner-play", At));

    [Fact]
    public void Three_different_schools_reporting_closed_dispute_and_a_confirmation_settles_it()
    {
        var facility = Create();
        facility.Report(Guid.NewGuid(), ReportKind.Closed, "dicht", new Reporter("a", Guid.NewGuid()), At);
        facility.Report(Guid.NewGuid(), ReportKind.Closed, "dicht", new Reporter("b", Guid.NewGuid()), At);
        facility.Report(Guid.NewGuid(), ReportKind.Closed, "dicht", new Reporter("c", null), At);
        facility.Report(Guid.NewGuid(), ReportKind.Moved, "verhuisd", new Reporter("d", Guid.NewGuid()), At);
        Assert.Equal(FacilityStatus.Active, facility.Status);

        facility.Report(Guid.NewGuid(), ReportKind.Closed, "dicht", new Reporter("e", Guid.NewGuid()), At);

        Assert.Equal(FacilityStatus.Disputed, facility.Status);
        Assert.Equal(HistoryAction.Disputed, facility.History[^1].Action);
        facility.Confirm("partner-play", At.AddDays(1), Day.AddDays(1));
        Assert.Equal(FacilityStatus.Active, facility.Status);
        Assert.All(facility.Reports, r => Assert.False(r.IsOpen));
        Assert.Equal(0, facility.OpenClosedReports);
    }

    [Fact]
    public void One_school_has_one_open_report_of_a_kind()
    {
        var facility = Create();
        var school = new Reporter("teacher", Guid.NewGuid());
        facility.Report(Guid.NewGuid(), ReportKind.Closed, "dicht", school, At);

        RuleAssert.Broken<ReportAlreadyOpenRule>("report-already-open",
            () => facility.Report(Guid.NewGuid(), ReportKind.Closed, "weer dicht", school with { Sub = "another-teacher" }, At));
        facility.Report(Guid.NewGuid(), ReportKind.WrongContact, "ander nummer", school, At);
        Assert.Equal(2, facility.Reports.Count);
    }

    [Fact]
    public void Only_the_steward_or_a_manager_passes_the_steward_rule()
    {
        Assert.False(new StewardOnlyRule("partner-play", "partner-play", actsForAll: false).IsBroken());
        Assert.True(new StewardOnlyRule("partner-play", "partner-other", actsForAll: false).IsBroken());
        Assert.False(new StewardOnlyRule("partner-play", "admin-1", actsForAll: true).IsBroken());
        Assert.Equal("steward-only", new StewardOnlyRule("a", "b", false).Code);
    }

    [Fact]
    public void Stale_after_six_months_hidden_two_months_later()
    {
        var facility = Create();

        Assert.False(facility.KeepCurrent(Policy, Day.AddMonths(6).AddDays(-1), At));
        Assert.True(facility.KeepCurrent(Policy, Day.AddMonths(6), At));
        Assert.Equal(FacilityStatus.Stale, facility.Status);
        Assert.False(facility.KeepCurrent(Policy, Day.AddMonths(8).AddDays(-1), At));
        Assert.True(facility.KeepCurrent(Policy, Day.AddMonths(8), At));
        Assert.Equal(FacilityStatus.Hidden, facility.Status);
        Assert.False(facility.IsOnMap);
        Assert.Equal(Facility.SystemActor, facility.History[^1].By);
    }

    [Fact]
    public void A_disputed_facility_is_not_marked_stale_but_is_hidden_after_the_grace_period()
    {
        var facility = Create();
        foreach (var _ in Enumerable.Range(0, 3))
        {
            facility.Report(Guid.NewGuid(), ReportKind.Closed, "dicht", new Reporter("s", Guid.NewGuid()), At);
        }

        Assert.False(facility.KeepCurrent(Policy, Day.AddMonths(7), At));
        Assert.Equal(FacilityStatus.Disputed, facility.Status);
        Assert.True(facility.KeepCurrent(Policy, Day.AddMonths(8), At));
        Assert.Equal(FacilityStatus.Hidden, facility.Status);
    }

    [Fact]
    public void The_reminder_comes_once_per_due_date_from_a_month_before()
    {
        var facility = Create();

        Assert.False(facility.RemindIfDue(Policy, Day.AddMonths(5).AddDays(-1), At));
        Assert.True(facility.RemindIfDue(Policy, Day.AddMonths(5), At));
        Assert.False(facility.RemindIfDue(Policy, Day.AddMonths(5).AddDays(1), At));
        Assert.Equal(Day.AddMonths(6), facility.ReminderSentFor);

        facility.Confirm("partner-play", At, Day.AddMonths(5).AddDays(2));
        Assert.True(facility.RemindIfDue(Policy, Day.AddMonths(10).AddDays(2), At));
        Assert.False(facility.RemindIfDue(Policy, Day.AddMonths(11).AddDays(2), At));
    }

    [Fact]
    public void The_policy_counts_whole_months()
    {
        var policy = new ConfirmationPolicy(6, 2, 1);
        Assert.Equal(new DateOnly(2026, 8, 28), policy.StaleOn(new DateOnly(2026, 2, 28)));
        Assert.Equal(new DateOnly(2026, 12, 30), policy.HiddenOn(new DateOnly(2026, 4, 30)));
        Assert.Equal(new DateOnly(2026, 7, 28), policy.ReminderOn(new DateOnly(2026, 2, 28)));
    }
}
