using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;
using GeenKindDeBuurtUit.SupportCases.Domain.Rules;

namespace GeenKindDeBuurtUit.SupportCases.Tests.Domain;

public sealed class CaseLifecycleTests
{
    private static readonly DateOnly Day = new(2026, 1, 15);

    public static TheoryData<string, Action<SupportCase>> Changes => new()
    {
        { "involvement", c => c.RecordInvolvement(InvolvedParty.Parents, Day) },
        { "opp", c => c.EstablishOpp(Day) },
        { "level", c => c.ChangeLevel(1, Day, "why") },
        { "ot", c => c.HoldOtMeeting(Guid.NewGuid(), Day, [OtRole.Swv], OtDecision.Stay, null, null, ClosedSchoolYears.None) },
        { "thuiszitter", c => c.StartThuiszitterPeriod(Day, "why", ClosedSchoolYears.None) },
        { "escalation", c => c.Escalate(EscalationTarget.Okt, Day, "why") },
        { "approach", c => c.LinkToCollectiveApproach(Guid.NewGuid()) },
        { "closure", c => c.Close(Day, "again") },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void A_closed_case_cannot_change_any_more(string change, Action<SupportCase> act)
    {
        var supportCase = new SupportCaseBuilder().AtLevel(5).Build();
        supportCase.Close(Day, "moved away");

        RuleAssert.Broken<CaseClosedRule>("case-closed", () => act(supportCase));
        Assert.False(string.IsNullOrEmpty(change));
    }

    [Fact]
    public void A_child_is_at_home_without_education_once_at_a_time()
    {
        var supportCase = new SupportCaseBuilder().Build();
        supportCase.StartThuiszitterPeriod(Day, "no place", ClosedSchoolYears.None);

        RuleAssert.Broken<ThuiszitterPeriodRule>("thuiszitter-ongoing", () => supportCase.StartThuiszitterPeriod(Day, "again", ClosedSchoolYears.None));

        var ended = supportCase.EndThuiszitterPeriod(Day.AddDays(20), ClosedSchoolYears.None);
        Assert.Equal(Day.AddDays(20), ended.EndedOn);
        RuleAssert.Broken<ThuiszitterPeriodRule>("no-thuiszitter-period", () => supportCase.EndThuiszitterPeriod(Day.AddDays(21), ClosedSchoolYears.None));
    }

    [Fact]
    public void A_thuiszitter_period_starts_and_ends_only_in_years_whose_monitoring_figures_are_open()
    {
        var year = SchoolYear.Of(Day);
        var figuresClosed = new ClosedSchoolYears([], figures: [year]);
        var budgetClosed = new ClosedSchoolYears([year]);
        var supportCase = new SupportCaseBuilder().Build();

        RuleAssert.Broken<ThuiszitterPeriodInClosedYearRule>("school-year-closed", () => supportCase.StartThuiszitterPeriod(Day, "no place", figuresClosed));
        supportCase.StartThuiszitterPeriod(Day, "no place", budgetClosed);
        RuleAssert.Broken<ThuiszitterPeriodInClosedYearRule>("school-year-closed", () => supportCase.EndThuiszitterPeriod(Day.AddDays(3), figuresClosed));
        Assert.Equal(Day.AddDays(3), supportCase.EndThuiszitterPeriod(Day.AddDays(3), budgetClosed).EndedOn);
    }

    [Fact]
    public void Closing_ends_an_ongoing_thuiszitter_period()
    {
        var supportCase = new SupportCaseBuilder().Build();
        supportCase.StartThuiszitterPeriod(Day, "no place", ClosedSchoolYears.None);

        var ended = supportCase.Close(Day.AddDays(5), "moved away");

        Assert.Equal(CaseStatus.Closed, supportCase.Status);
        Assert.Equal(Day.AddDays(5), ended!.EndedOn);
        Assert.Null(supportCase.OngoingThuiszitterPeriod);
    }

    [Fact]
    public void Every_change_marks_the_case_for_a_new_version()
    {
        var supportCase = new SupportCaseBuilder().Build();
        supportCase.ClearDomainEvents();

        supportCase.Escalate(EscalationTarget.Buurtteam, Day, "family needs help at home");

        Assert.Single(supportCase.DomainEvents);
        Assert.Single(supportCase.Escalations);
    }
}
