using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Monitoring.Domain.YearEnd;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.Monitoring.Tests.Domain;

public sealed class SchoolYearFiguresTests
{
    private static readonly SchoolYear Year = SchoolYear.Parse("2024-2025");
    private static readonly DateTime At = new(2025, 9, 15, 8, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("2025-07-31")]
    [InlineData("2025-03-01")]
    [InlineData("2024-06-01")]
    public void A_year_is_closed_only_after_its_last_day(string today)
    {
        var figures = SchoolYearFigures.Open(Year);

        RuleAssert.Broken<SchoolYearNotEndedRule>("school-year-not-ended", () => figures.Close(DateOnly.Parse(today), At, "swv-1", null));
        Assert.False(figures.IsClosed);
        Assert.Equal(0, figures.Revision);
    }

    [Fact]
    public void Closing_on_the_first_of_August_after_the_year_is_revision_1_and_closing_again_is_refused()
    {
        var figures = SchoolYearFigures.Open(Year);

        var step = figures.Close(new DateOnly(2025, 8, 1), At, "swv-1", "as presented");

        Assert.True(figures.IsClosed);
        Assert.Equal(FiguresStatus.Closed, figures.Status);
        Assert.Equal((1, FiguresAction.Closed, "as presented"), (step.Revision, step.Action, step.Text));
        Assert.Equal(("swv-1", (DateTime?)At), (figures.ClosedBy, figures.ClosedAt));
        RuleAssert.Broken<SchoolYearFiguresClosedRule>("school-year-closed", () => figures.Close(new DateOnly(2025, 9, 1), At, "swv-2", null));
        RuleAssert.Broken<SchoolYearFiguresClosedRule>("school-year-closed", figures.EnsureOpenForChanges);
        Assert.Single(figures.History);
    }

    [Fact]
    public void Reopening_keeps_the_reason_opens_the_year_for_changes_and_counts_as_a_revision()
    {
        var figures = SchoolYearFigures.Open(Year);
        figures.Close(new DateOnly(2025, 9, 1), At, "swv-1", null);

        var reopened = figures.Reopen(At.AddDays(1), "admin-1", "history imported late");
        figures.EnsureOpenForChanges();
        var closedAgain = figures.Close(new DateOnly(2025, 9, 3), At.AddDays(2), "swv-1", null);

        Assert.Equal((2, FiguresAction.Reopened, "history imported late", "admin-1"), (reopened.Revision, reopened.Action, reopened.Text, reopened.By));
        Assert.Equal(3, closedAgain.Revision);
        Assert.Equal([1, 2, 3], figures.History.Select(s => s.Revision));
    }

    [Fact]
    public void An_open_year_is_not_reopened()
    {
        var figures = SchoolYearFigures.Open(Year);

        RuleAssert.Broken<SchoolYearFiguresNotClosedRule>("school-year-not-closed", () => figures.Reopen(At, "admin-1", "why not"));
        Assert.Empty(figures.History);
    }
}
