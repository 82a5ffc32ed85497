using GeenKindDeBuurtUit.SupportCases.Domain.Cases;

namespace GeenKindDeBuurtUit.SupportCases.Tests.Domain;

/// <summary>Domain rule 7: a support file is kept 2 years after closure, 3 when the pupil was referred.</summary>
public sealed class RetentionPeriodTests
{
    private static readonly RetentionPeriod Rule7 = new(2, 3);
    private static readonly DateOnly ClosedOn = new(2025, 12, 15);

    [Fact]
    public void A_closed_file_is_due_two_years_after_closure_to_the_day()
    {
        var supportCase = Closed(new SupportCaseBuilder().AtLevel(2).Build());

        Assert.False(Rule7.IsDue(supportCase, new DateOnly(2027, 12, 14)));
        Assert.True(Rule7.IsDue(supportCase, new DateOnly(2027, 12, 15)));
    }

    [Fact]
    public void A_referred_pupils_file_is_due_after_three_years()
    {
        var supportCase = Closed(new SupportCaseBuilder().Referred().Build());

        Assert.True(supportCase.WasReferredAtClosure);
        Assert.False(Rule7.IsDue(supportCase, new DateOnly(2028, 12, 14)));
        Assert.True(Rule7.IsDue(supportCase, new DateOnly(2028, 12, 15)));
    }

    [Fact]
    public void A_withdrawn_referral_keeps_the_file_two_years()
    {
        var supportCase = new SupportCaseBuilder().Referred().Build();
        supportCase.WithdrawReferral(SupportCaseBuilder.Opened.AddDays(20), "a place in the neighbourhood", ClosedSchoolYears.None);
        Closed(supportCase);

        Assert.False(supportCase.WasReferredAtClosure);
        Assert.True(Rule7.IsDue(supportCase, new DateOnly(2027, 12, 15)));
    }

    [Fact]
    public void An_open_case_is_never_due()
    {
        var supportCase = new SupportCaseBuilder().Build();

        Assert.False(Rule7.IsDue(supportCase, new DateOnly(2099, 1, 1)));
    }

    [Fact]
    public void A_file_closed_on_29_February_is_kept_until_1_March_never_a_day_short()
    {
        var supportCase = SupportCase.Open(Guid.NewGuid(), Guid.NewGuid(), "LAS-29", [Need.Language], 2, new DateOnly(2028, 2, 1));
        supportCase.Close(new DateOnly(2028, 2, 29), "moved away");

        Assert.False(Rule7.IsDue(supportCase, new DateOnly(2030, 2, 28)));
        Assert.True(Rule7.IsDue(supportCase, new DateOnly(2030, 3, 1)));
    }

    private static SupportCase Closed(SupportCase supportCase)
    {
        supportCase.Close(ClosedOn, "support no longer needed");
        return supportCase;
    }
}
