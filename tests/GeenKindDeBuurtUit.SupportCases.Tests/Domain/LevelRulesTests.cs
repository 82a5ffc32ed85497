using GeenKindDeBuurtUit.SupportCases.Domain.Cases;
using GeenKindDeBuurtUit.SupportCases.Domain.Rules;

namespace GeenKindDeBuurtUit.SupportCases.Tests.Domain;

public sealed class LevelRulesTests
{
    private static readonly DateOnly Day = new(2025, 10, 1);

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void Beyond_basic_support_needs_an_opp(int level)
    {
        var supportCase = new SupportCaseBuilder().AtLevel(3).WithParentsInvolved().Build();

        RuleAssert.Broken<OppRequiredRule>("opp-required", () => supportCase.ChangeLevel(level, Day, "why"));
        Assert.Equal(3, supportCase.Level);
        Assert.Empty(supportCase.LevelHistory);
    }

    [Fact]
    public void Beyond_basic_support_needs_the_parents_involved()
    {
        var supportCase = new SupportCaseBuilder().AtLevel(3).WithOpp().Build();

        RuleAssert.Broken<ParentsInvolvedRule>("parents-involved", () => supportCase.ChangeLevel(4, Day, "why"));
    }

    [Fact]
    public void The_child_alone_is_not_the_parents()
    {
        var supportCase = new SupportCaseBuilder().AtLevel(3).WithOpp().Build();
        supportCase.RecordInvolvement(InvolvedParty.Child, Day);

        RuleAssert.Broken<ParentsInvolvedRule>("parents-involved", () => supportCase.ChangeLevel(4, Day, "why"));
    }

    [Fact]
    public void With_opp_and_parents_a_case_rises_and_keeps_its_history()
    {
        var supportCase = new SupportCaseBuilder().AtLevel(2).WithOpp().WithParentsInvolved().Build();

        var change = supportCase.ChangeLevel(4, Day, "outside expertise");

        Assert.Equal(4, supportCase.Level);
        Assert.Equal(new LevelChange(2, 4, Day, "outside expertise"), change);
        Assert.Equal([change!], supportCase.LevelHistory);
    }

    [Fact]
    public void Lowering_a_level_is_good_news_and_needs_nothing()
    {
        var supportCase = new SupportCaseBuilder().AtLevel(5).Build();

        supportCase.ChangeLevel(2, Day, "going well");

        Assert.Equal(2, supportCase.Level);
        Assert.Equal(new LevelChange(5, 2, Day, "going well"), supportCase.LevelHistory[^1]);
    }

    [Fact]
    public void The_same_level_again_changes_nothing()
    {
        var supportCase = new SupportCaseBuilder().AtLevel(2).Build();

        Assert.Null(supportCase.ChangeLevel(2, Day, "again"));
        Assert.Empty(supportCase.LevelHistory);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(5)]
    public void A_case_opens_in_basic_support(int level) =>
        RuleAssert.Broken<OpeningLevelRule>("opening-level", () => SupportCase.Open(Guid.NewGuid(), Guid.NewGuid(), "x", [Need.Other], level, Day));
}
