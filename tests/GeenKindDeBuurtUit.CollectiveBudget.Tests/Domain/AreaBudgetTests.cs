using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Referrals;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Rules;

namespace GeenKindDeBuurtUit.CollectiveBudget.Tests.Domain;

public sealed class AreaBudgetTests
{
    private static readonly SchoolYear Year = SchoolYear.Parse("2025-2026");
    private static readonly Guid Area = Guid.NewGuid();
    private static readonly Guid Board = Guid.NewGuid();
    private static readonly DateTime Now = new(2025, 10, 1, 12, 0, 0, DateTimeKind.Utc);
    private static readonly Agreement Agreed = new(0.5m, new PlacementRates(10_000m, 20_000m, 30_000m, 40_000m), null, 80m);

    [Fact]
    public void The_figures_are_sums_over_the_ledger()
    {
        var budget = Budget();
        budget.Contribute(Guid.NewGuid(), Board, LedgerEntryKind.BoardFunds, 1_000m, "c-1", Now, "treasurer");
        budget.Contribute(Guid.NewGuid(), Board, LedgerEntryKind.SwvPooled, 500m, "c-2", Now, "swv");
        budget.RecalculateFreedFunds(Guid.NewGuid(), new ReferralCounts(1, 0, 0, 0), ReferralCounts.None, Now);
        budget.Allocate(Guid.NewGuid(), TargetLevel.Area, Area, "Language", 2_000m, Now, "swv");

        var figures = budget.Figures;

        Assert.Equal(new BudgetFigures(Contributions: 1_500m, FreedFunds: 5_000m, Allocated: 2_000m, Spent: 0m), figures);
        Assert.Equal(6_500m, figures.Pooled);
        Assert.Equal(4_500m, figures.Available);
    }

    [Fact]
    public void An_allocation_beyond_what_is_available_breaks_insufficient_funds_and_books_nothing()
    {
        var budget = Budget();
        budget.Contribute(Guid.NewGuid(), Board, LedgerEntryKind.BoardFunds, 1_000m, "c-1", Now, "treasurer");

        AssertBroken<InsufficientFundsRule>(() => budget.Allocate(Guid.NewGuid(), TargetLevel.Area, Area, "Too much", 1_000.01m, Now, "swv"));
        Assert.Single(budget.Entries);
        budget.Allocate(Guid.NewGuid(), TargetLevel.Area, Area, "All of it", 1_000m, Now, "swv");
    }

    [Fact]
    public void A_closed_year_refuses_every_booking_and_a_second_closing()
    {
        var budget = Budget();
        budget.Close(Now, "swv", ReferralCounts.None, ReferralCounts.None, previousYearImported: false);

        AssertBroken<SchoolYearClosedRule>(() => budget.Contribute(Guid.NewGuid(), Board, LedgerEntryKind.BoardFunds, 1m, "c-1", Now, "t"));
        AssertBroken<SchoolYearClosedRule>(() => budget.Allocate(Guid.NewGuid(), TargetLevel.Area, Area, "x", 1m, Now, "swv"));
        AssertBroken<SchoolYearClosedRule>(() => budget.Agree(Agreed, Now, "swv"));
        AssertBroken<SchoolYearClosedRule>(() => budget.RecalculateFreedFunds(Guid.NewGuid(), ReferralCounts.None, ReferralCounts.None, Now));
        AssertBroken<SchoolYearClosedRule>(() => budget.Close(Now, "swv", ReferralCounts.None, ReferralCounts.None, previousYearImported: false));
    }

    [Fact]
    public void A_recalculation_books_only_the_difference_so_running_it_again_books_nothing()
    {
        var budget = Budget();
        var baseline = new ReferralCounts(3, 0, 0, 0);

        var first = budget.RecalculateFreedFunds(Guid.NewGuid(), baseline, new ReferralCounts(2, 0, 0, 0), Now);
        var again = budget.RecalculateFreedFunds(Guid.NewGuid(), baseline, new ReferralCounts(2, 0, 0, 0), Now);
        var withdrawn = budget.RecalculateFreedFunds(Guid.NewGuid(), baseline, new ReferralCounts(1, 0, 0, 0), Now);
        var referredAgain = budget.RecalculateFreedFunds(Guid.NewGuid(), baseline, new ReferralCounts(3, 0, 0, 0), Now);

        Assert.Equal(5_000m, first!.Amount);
        Assert.Null(again);
        Assert.Equal(5_000m, withdrawn!.Amount);
        Assert.Equal(-10_000m, referredAgain!.Amount);
        Assert.Equal(0m, budget.Figures.FreedFunds);
        Assert.Equal(Now, budget.RecalculatedAt);
    }

    [Fact]
    public void The_agreed_baseline_replaces_the_previous_year()
    {
        var budget = Budget(Agreed with { Baseline = new ReferralCounts(0, 0, 0, 2) });

        var entry = budget.RecalculateFreedFunds(Guid.NewGuid(), previousYear: new ReferralCounts(50, 0, 0, 0), actual: new ReferralCounts(0, 0, 0, 1), Now);

        Assert.Equal(20_000m, entry!.Amount);
    }

    [Fact]
    public void Without_an_agreement_nothing_is_freed()
    {
        var budget = AreaBudget.Open(Year, Area);

        Assert.Null(budget.RecalculateFreedFunds(Guid.NewGuid(), new ReferralCounts(9, 9, 9, 9), ReferralCounts.None, Now));
    }

    [Fact]
    public void A_correction_reverses_an_entry_once()
    {
        var budget = Budget();
        var contribution = budget.Contribute(Guid.NewGuid(), Board, LedgerEntryKind.BoardFunds, 750m, "c-1", Now, "treasurer");

        var correction = budget.Correct(Guid.NewGuid(), contribution, budget, "Booked twice", Now, "swv");

        Assert.Equal(-750m, correction.Amount);
        Assert.Equal(LedgerEntryKind.BoardFunds, correction.CorrectedKind);
        Assert.Equal(Board, correction.BoardId);
        Assert.Equal(0m, budget.Figures.Contributions);
        AssertBroken<EntryAlreadyCorrectedRule>(() => budget.Correct(Guid.NewGuid(), contribution, budget, "Again", Now, "swv"));
        AssertBroken<EntryNotCorrectableRule>(() => budget.Correct(Guid.NewGuid(), correction, budget, "Undo", Now, "swv"));
    }

    [Fact]
    public void Freed_funds_are_recalculated_not_corrected()
    {
        var budget = Budget();
        var freed = budget.RecalculateFreedFunds(Guid.NewGuid(), new ReferralCounts(1, 0, 0, 0), ReferralCounts.None, Now)!;

        AssertBroken<EntryNotCorrectableRule>(() => budget.Correct(Guid.NewGuid(), freed, budget, "No", Now, "swv"));
    }

    [Fact]
    public void Taking_back_a_contribution_that_was_already_allocated_breaks_insufficient_funds()
    {
        var budget = Budget();
        var contribution = budget.Contribute(Guid.NewGuid(), Board, LedgerEntryKind.BoardFunds, 1_000m, "c-1", Now, "treasurer");
        budget.Allocate(Guid.NewGuid(), TargetLevel.Area, Area, "Spent already", 600m, Now, "swv");

        AssertBroken<InsufficientFundsRule>(() => budget.Correct(Guid.NewGuid(), contribution, budget, "Wrong board", Now, "swv"));
    }

    [Fact]
    public void A_correction_of_a_closed_year_goes_into_the_next_year()
    {
        var closed = Budget();
        var contribution = closed.Contribute(Guid.NewGuid(), Board, LedgerEntryKind.BoardFunds, 300m, "c-1", Now, "treasurer");
        closed.Close(Now, "swv", ReferralCounts.None, ReferralCounts.None, previousYearImported: false);
        var next = AreaBudget.Open(Year.Next, Area);
        next.Contribute(Guid.NewGuid(), Board, LedgerEntryKind.BoardFunds, 1_000m, "c-2", Now, "treasurer");

        var correction = next.Correct(Guid.NewGuid(), contribution, closed, "Belongs elsewhere", Now, "swv");

        Assert.Equal(Year.Next.StartYear, correction.SchoolYearStart);
        Assert.Equal(700m, next.Figures.Contributions);
        Assert.Equal(300m, closed.Figures.Contributions);
        AssertBroken<EntryAlreadyCorrectedRule>(() => next.Correct(Guid.NewGuid(), contribution, closed, "Again", Now, "swv"));
    }

    [Fact]
    public void Expertise_hours_are_charged_at_the_agreed_hourly_rate_rounded_to_the_cent()
    {
        var budget = Budget(Agreed with { ExpertiseHourRate = 95.55m });

        var charge = budget.ChargeExpertise(Guid.NewGuid(), TargetLevel.School, Guid.NewGuid(), 1.5m, "hours-1", Now, "coordinator");

        Assert.Equal(143.33m, charge.Amount); // 143.325
        Assert.Equal(143.33m, budget.Figures.Spent);
        AssertBroken<AgreementRequiredRule>(() => AreaBudget.Open(Year, Area).ChargeExpertise(Guid.NewGuid(), TargetLevel.School, Guid.NewGuid(), 1m, "h", Now, "c"));
    }

    [Fact]
    public void Entries_are_numbered_in_booking_order()
    {
        var budget = Budget();
        var first = budget.Contribute(Guid.NewGuid(), Board, LedgerEntryKind.BoardFunds, 1m, "c-1", Now, "t");
        var second = budget.Contribute(Guid.NewGuid(), Board, LedgerEntryKind.BoardFunds, 1m, "c-2", Now, "t");

        Assert.Equal([1, 2], new[] { first.Sequence, second.Sequence });
        Assert.Equal(first, budget.FindContribution(Board, "c-1"));
    }

    [Fact]
    public void The_years_hours_are_priced_once_so_two_quarter_hours_at_10_01_cost_5_01_not_5_00()
    {
        var budget = Budget(Agreed with { ExpertiseHourRate = 10.01m });

        var first = budget.ChargeExpertise(Guid.NewGuid(), TargetLevel.School, Guid.NewGuid(), 0.25m, "hours-1", Now, "system");
        var second = budget.ChargeExpertise(Guid.NewGuid(), TargetLevel.School, Guid.NewGuid(), 0.25m, "hours-2", Now, "system");

        Assert.Equal(2.50m, first.Amount); // 2.5025
        Assert.Equal(2.51m, second.Amount); // 5.005 rounded once, less what is charged
        Assert.Equal(5.01m, budget.Figures.Spent);
    }

    [Fact]
    public void A_new_hourly_rate_reprices_the_years_hours_with_one_correction_that_says_why()
    {
        var budget = Budget(Agreed with { ExpertiseHourRate = 80m });
        var charge = budget.ChargeExpertise(Guid.NewGuid(), TargetLevel.School, Guid.NewGuid(), 2.5m, "hours-1", Now, "system");
        Assert.Null(budget.RepriceExpertise(Guid.NewGuid(), Now));

        budget.Agree(Agreed with { ExpertiseHourRate = 90.01m }, Now, "swv");
        var repricing = budget.RepriceExpertise(Guid.NewGuid(), Now);

        Assert.NotNull(repricing);
        Assert.Equal(LedgerEntryKind.Correction, repricing.Kind);
        Assert.Equal(LedgerEntryKind.ExpertiseCharge, repricing.CorrectedKind);
        Assert.Equal(25.03m, repricing.Amount); // 2.5 h at 90.01 is 225.025 → 225.03, was 200.00
        Assert.Contains("225.03", repricing.Reason);
        Assert.Equal(200m, charge.Amount);
        Assert.Equal(225.03m, budget.Figures.Spent);
        Assert.Null(budget.RepriceExpertise(Guid.NewGuid(), Now));
    }

    [Fact]
    public void Remaining_is_available_less_spent_and_an_allocation_beyond_it_breaks_insufficient_funds()
    {
        var budget = Budget(Agreed with { ExpertiseHourRate = 100m });
        budget.Contribute(Guid.NewGuid(), Board, LedgerEntryKind.BoardFunds, 1_000m, "c-1", Now, "treasurer");
        budget.ChargeExpertise(Guid.NewGuid(), TargetLevel.School, Guid.NewGuid(), 3m, "hours-1", Now, "system");

        Assert.Equal(1_000m, budget.Figures.Available);
        Assert.Equal(700m, budget.Figures.Remaining);
        AssertBroken<InsufficientFundsRule>(() => budget.Allocate(Guid.NewGuid(), TargetLevel.Area, Area, "More than remains", 700.01m, Now, "swv"));
        budget.Allocate(Guid.NewGuid(), TargetLevel.Area, Area, "What remains", 700m, Now, "swv");
        Assert.Equal(0m, budget.Figures.Remaining);
    }

    [Fact]
    public void Closing_keeps_the_referral_counts_the_freed_funds_were_computed_from()
    {
        var budget = Budget(Agreed with { Baseline = new ReferralCounts(5, 0, 0, 0) });

        budget.Close(Now, "swv", previousYear: new ReferralCounts(9, 9, 9, 9), actual: new ReferralCounts(2, 1, 0, 0), previousYearImported: true);

        Assert.Equal(new ReferralCounts(5, 0, 0, 0), budget.ClosedBaseline);
        Assert.Equal(BaselineSource.Agreement, budget.ClosedBaselineSource);
        Assert.Equal(new ReferralCounts(2, 1, 0, 0), budget.ClosedActual);
    }

    [Fact]
    public void The_baseline_is_the_agreements_when_it_sets_one_else_the_previous_years_referrals_recorded_or_imported()
    {
        var previousYear = new ReferralCounts(4, 1, 0, 0);
        var agreedBaseline = new ReferralCounts(2, 0, 0, 0);
        var withoutBaseline = Budget();
        var withBaseline = Budget(Agreed with { Baseline = agreedBaseline });

        Assert.Equal((previousYear, BaselineSource.Imported), (withoutBaseline.Baseline(previousYear), withoutBaseline.BaselineSourceOf(previousYearImported: true)));
        Assert.Equal(BaselineSource.Recorded, withoutBaseline.BaselineSourceOf(previousYearImported: false));
        Assert.Equal((agreedBaseline, BaselineSource.Agreement), (withBaseline.Baseline(previousYear), withBaseline.BaselineSourceOf(previousYearImported: true)));
    }

    [Fact]
    public void Every_agreement_change_is_a_revision_with_the_terms_before_and_after_and_who_made_it()
    {
        var budget = AreaBudget.Open(Year, Area);
        var changed = Agreed with { PoolShare = 0.75m };

        var first = budget.Agree(Agreed, Now, "swv-1");
        var second = budget.Agree(changed, Now.AddDays(1), "swv-2");

        Assert.Null(first.Before);
        Assert.Equal(Agreed, first.After);
        Assert.Equal((Agreed, changed, "swv-2", Now.AddDays(1)), (second.Before, second.After, second.ChangedBy, second.ChangedAt));
    }

    [Fact]
    public void A_contribution_is_found_by_its_boards_reference_only()
    {
        var budget = Budget();
        var other = Guid.NewGuid();
        budget.Contribute(Guid.NewGuid(), Board, LedgerEntryKind.BoardFunds, 1m, "REF-1", Now, "t");

        Assert.Null(budget.FindContribution(other, "REF-1"));
        var theirs = budget.Contribute(Guid.NewGuid(), other, LedgerEntryKind.BoardFunds, 2m, "REF-1", Now, "t");
        Assert.Equal(theirs, budget.FindContribution(other, "REF-1"));
    }

    private static AreaBudget Budget(Agreement? agreement = null)
    {
        var budget = AreaBudget.Open(Year, Area);
        budget.Agree(agreement ?? Agreed, Now, "swv");
        return budget;
    }

    private static void AssertBroken<TRule>(Action action)
        where TRule : IBusinessRule
    {
        var violation = Assert.Throws<BusinessRuleViolationException>(action);
        Assert.IsType<TRule>(violation.Rule);
    }
}
