using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Referrals;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Rules;

namespace GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;

/// <summary>
/// The collective budget of one area for one school year: its agreement and its append-only
/// ledger. Every figure is a sum over the ledger, so the ledger is the one truth the treasurers
/// reconcile against.
/// </summary>
public sealed class AreaBudget : AggregateRoot
{
    /// <summary>Who books entries that no person booked: the recalculation of freed funds.</summary>
    public const string SystemActor = "system";

    private readonly List<LedgerEntry> _entries = [];

    private AreaBudget()
    {
    }

    public int SchoolYearStart { get; private set; }

    public Guid AreaId { get; private set; }

    public SchoolYear SchoolYear => SchoolYear.Starting(SchoolYearStart);

    public Agreement? Agreement { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    public string? ClosedBy { get; private set; }

    public DateTime? RecalculatedAt { get; private set; }

    /// <summary>The baseline as it stood when the year was closed: the freed funds were computed from it.</summary>
    public ReferralCounts? ClosedBaseline { get; private set; }

    /// <summary>Where that baseline came from; null for a year closed before the source was kept (then the agreement's or recorded).</summary>
    public BaselineSource? ClosedBaselineSource { get; private set; }

    /// <summary>The year's referrals as they stood when the year was closed.</summary>
    public ReferralCounts? ClosedActual { get; private set; }

    public IReadOnlyList<LedgerEntry> Entries => _entries;

    public bool IsClosed => ClosedAt is not null;

    public BudgetFigures Figures => BudgetFigures.Of(_entries);

    public static AreaBudget Open(SchoolYear schoolYear, Guid areaId) => new() { SchoolYearStart = schoolYear.StartYear, AreaId = areaId };

    /// <returns>The change, for the agreement's history: who replaced which terms with which.</returns>
    public AgreementRevision Agree(Agreement agreement, DateTime at, string by)
    {
        CheckRule(new SchoolYearClosedRule(SchoolYear, ClosedAt));
        var revision = AgreementRevision.Of(SchoolYearStart, AreaId, Agreement, agreement, at, by);
        Agreement = agreement;
        Raise(new AreaBudgetChanged(SchoolYearStart, AreaId));
        return revision;
    }

    /// <summary>A board's contribution under its own reference: references are the board's, so another board's never matches.</summary>
    public LedgerEntry? FindContribution(Guid boardId, string externalRef) =>
        _entries.SingleOrDefault(e => (e.Kind is LedgerEntryKind.BoardFunds or LedgerEntryKind.SwvPooled) && e.BoardId == boardId && e.ExternalRef == externalRef);

    public LedgerEntry Contribute(Guid id, Guid boardId, LedgerEntryKind kind, decimal amount, string externalRef, DateTime at, string by)
    {
        CheckRule(new SchoolYearClosedRule(SchoolYear, ClosedAt));
        return Append(LedgerEntry.Contribution(id, boardId, kind, amount, externalRef, at, by));
    }

    public LedgerEntry Allocate(Guid id, TargetLevel level, Guid targetId, string purpose, decimal amount, DateTime at, string by)
    {
        CheckRule(new SchoolYearClosedRule(SchoolYear, ClosedAt));
        CheckRule(new InsufficientFundsRule(Figures.Remaining, amount));
        return Append(LedgerEntry.Allocation(id, level, targetId, purpose, amount, at, by));
    }

    /// <summary>
    /// Charges hours for what they add to the year's rounded total, so the year's charges always sum
    /// to its hours times the rate rounded once, never to a sum of roundings per entry.
    /// </summary>
    public LedgerEntry ChargeExpertise(Guid id, TargetLevel level, Guid targetId, decimal hours, string externalRef, DateTime at, string by)
    {
        CheckRule(new SchoolYearClosedRule(SchoolYear, ClosedAt));
        CheckRule(new AgreementRequiredRule(Agreement));
        var pricing = ExpertisePricing.Of(_entries);
        var amount = ExpertisePricing.Cost(pricing.Hours + hours, Agreement!.ExpertiseHourRate) - ExpertisePricing.Cost(pricing.Hours, Agreement.ExpertiseHourRate);
        return Append(LedgerEntry.ExpertiseCharge(id, level, targetId, hours, amount, externalRef, at, by));
    }

    /// <summary>
    /// Brings what the year's hours cost in line with the agreed rate (after the rate changed, or a
    /// charge was corrected by hand) as one correction that says so: the charges booked stay as they were.
    /// </summary>
    /// <returns>The correction, or null when the hours already cost what the rate says (or there is no rate).</returns>
    public LedgerEntry? RepriceExpertise(Guid id, DateTime at)
    {
        CheckRule(new SchoolYearClosedRule(SchoolYear, ClosedAt));
        if (Agreement is null)
        {
            return null;
        }

        var pricing = ExpertisePricing.Of(_entries);
        var cost = ExpertisePricing.Cost(pricing.Hours, Agreement.ExpertiseHourRate);
        if (cost == pricing.Charged)
        {
            return null;
        }

        var reason = FormattableString.Invariant($"{pricing.Hours:0.00} expertise hours at {Agreement.ExpertiseHourRate:0.00} an hour cost {cost:0.00}, not the {pricing.Charged:0.00} charged: repriced at the agreed rate.");
        return Append(LedgerEntry.Repricing(id, cost - pricing.Charged, AreaId, reason, at, SystemActor));
    }

    /// <summary>The baseline of the formula: the agreement's when it sets one, else the previous year's referrals.</summary>
    public ReferralCounts Baseline(ReferralCounts previousYear) => Agreement?.Baseline ?? previousYear;

    /// <param name="previousYearImported">Whether the previous year's referrals are imported history rather than recorded ones.</param>
    public BaselineSource BaselineSourceOf(bool previousYearImported) => Agreement?.Baseline is not null
        ? BaselineSource.Agreement
        : previousYearImported ? BaselineSource.Imported : BaselineSource.Recorded;

    /// <summary>What freed funds should be now, by the formula; zero without an agreement.</summary>
    public decimal FreedFundsTarget(ReferralCounts previousYear, ReferralCounts actual) => Agreement is { } agreement
        ? FreedFundsFormula.Calculate(Baseline(previousYear), actual, agreement.Rates, agreement.PoolShare)
        : 0m;

    /// <summary>
    /// Books the difference between the freed funds the referrals call for and those already booked,
    /// so a recalculation run twice books nothing the second time.
    /// </summary>
    /// <returns>The adjustment, or null when the ledger already holds the right amount.</returns>
    public LedgerEntry? RecalculateFreedFunds(Guid id, ReferralCounts previousYear, ReferralCounts actual, DateTime at)
    {
        CheckRule(new SchoolYearClosedRule(SchoolYear, ClosedAt));
        RecalculatedAt = at;
        var difference = FreedFundsTarget(previousYear, actual) - Figures.FreedFunds;
        if (difference == 0m)
        {
            Raise(new AreaBudgetChanged(SchoolYearStart, AreaId));
            return null;
        }

        return Append(LedgerEntry.FreedFunds(id, difference, at, SystemActor));
    }

    /// <param name="originalLedger">The ledger that holds the original: this one, or the previous year's when that year is closed.</param>
    public LedgerEntry Correct(Guid id, LedgerEntry original, AreaBudget originalLedger, string reason, DateTime at, string by)
    {
        CheckRule(new SchoolYearClosedRule(SchoolYear, ClosedAt));
        CheckRule(new EntryNotCorrectableRule(original.Kind));
        CheckRule(new EntryAlreadyCorrectedRule(original.Id, _entries.Concat(originalLedger.Entries)));
        if (original.IsContribution)
        {
            CheckRule(new InsufficientFundsRule(Figures.Remaining, original.Amount));
        }

        return Append(LedgerEntry.CorrectionOf(id, original, reason, at, by));
    }

    /// <param name="previousYear">The referrals of the year before and those of this year, as the last recalculation counted them:
    /// the closed year shows the counts its freed funds were computed from, whatever is recorded later.</param>
    /// <param name="previousYearImported">Whether the previous year's referrals are imported history, kept to say where the closed baseline came from.</param>
    public void Close(DateTime at, string by, ReferralCounts previousYear, ReferralCounts actual, bool previousYearImported)
    {
        CheckRule(new SchoolYearClosedRule(SchoolYear, ClosedAt));
        ClosedAt = at;
        ClosedBy = by;
        ClosedBaseline = Baseline(previousYear);
        ClosedBaselineSource = BaselineSourceOf(previousYearImported);
        ClosedActual = actual;
        Raise(new AreaBudgetChanged(SchoolYearStart, AreaId));
    }

    private LedgerEntry Append(LedgerEntry entry)
    {
        entry.PlaceIn(SchoolYearStart, AreaId, _entries.Count + 1);
        _entries.Add(entry);
        Raise(new AreaBudgetChanged(SchoolYearStart, AreaId));
        return entry;
    }
}
