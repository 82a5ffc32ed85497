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

    public IReadOnlyList<LedgerEntry> Entries => _entries;

    public bool IsClosed => ClosedAt is not null;

    public BudgetFigures Figures => BudgetFigures.Of(_entries);

    public static AreaBudget Open(SchoolYear schoolYear, Guid areaId) => new() { SchoolYearStart = schoolYear.StartYear, AreaId = areaId };

    public void Agree(Agreement agreement)
    {
        CheckRule(new SchoolYearClosedRule(SchoolYear, ClosedAt));
        Agreement = agreement;
        Raise(new AreaBudgetChanged(SchoolYearStart, AreaId));
    }

    public LedgerEntry? FindContribution(string externalRef) =>
        _entries.SingleOrDefault(e => (e.Kind is LedgerEntryKind.BoardFunds or LedgerEntryKind.SwvPooled) && e.ExternalRef == externalRef);

    public LedgerEntry Contribute(Guid id, Guid boardId, LedgerEntryKind kind, decimal amount, string externalRef, DateTime at, string by)
    {
        CheckRule(new SchoolYearClosedRule(SchoolYear, ClosedAt));
        return Append(LedgerEntry.Contribution(id, boardId, kind, amount, externalRef, at, by));
    }

    public LedgerEntry Allocate(Guid id, TargetLevel level, Guid targetId, string purpose, decimal amount, DateTime at, string by)
    {
        CheckRule(new SchoolYearClosedRule(SchoolYear, ClosedAt));
        CheckRule(new InsufficientFundsRule(Figures.Available, amount));
        return Append(LedgerEntry.Allocation(id, level, targetId, purpose, amount, at, by));
    }

    public LedgerEntry ChargeExpertise(Guid id, TargetLevel level, Guid targetId, decimal hours, string externalRef, DateTime at, string by)
    {
        CheckRule(new SchoolYearClosedRule(SchoolYear, ClosedAt));
        CheckRule(new AgreementRequiredRule(Agreement));
        return Append(LedgerEntry.ExpertiseCharge(id, level, targetId, hours, Money.Round(hours * Agreement!.ExpertiseHourRate), externalRef, at, by));
    }

    /// <summary>The baseline of the formula: the agreement's when it sets one, else the previous year's referrals.</summary>
    public ReferralCounts Baseline(ReferralCounts previousYear) => Agreement?.Baseline ?? previousYear;

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
            CheckRule(new InsufficientFundsRule(Figures.Available, original.Amount));
        }

        return Append(LedgerEntry.CorrectionOf(id, original, reason, at, by));
    }

    public void Close(DateTime at, string by)
    {
        CheckRule(new SchoolYearClosedRule(SchoolYear, ClosedAt));
        ClosedAt = at;
        ClosedBy = by;
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
