namespace GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;

/// <summary>
/// One line of an area's ledger for one school year. Written once, never changed. The amount is
/// signed as it counts in its category: a correction carries the opposite of the entry it reverses
/// and that entry's board and target, so every sum and every attribution cancels exactly.
/// </summary>
public sealed class LedgerEntry
{
    private LedgerEntry()
    {
        BookedBy = string.Empty;
    }

    private LedgerEntry(Guid id, LedgerEntryKind kind, decimal amount, DateTime bookedAt, string bookedBy)
    {
        Id = id;
        Kind = kind;
        Amount = amount;
        BookedAt = bookedAt;
        BookedBy = bookedBy;
    }

    public Guid Id { get; private set; }

    public int SchoolYearStart { get; private set; }

    public Guid AreaId { get; private set; }

    /// <summary>1, 2, 3... within the ledger: the order of booking, and unique, so two writers cannot both append the same line.</summary>
    public int Sequence { get; private set; }

    public LedgerEntryKind Kind { get; private set; }

    public decimal Amount { get; private set; }

    public Guid? BoardId { get; private set; }

    public string? ExternalRef { get; private set; }

    public TargetLevel? Level { get; private set; }

    public Guid? TargetId { get; private set; }

    public string? Purpose { get; private set; }

    public decimal? Hours { get; private set; }

    public Guid? CorrectsEntryId { get; private set; }

    public LedgerEntryKind? CorrectedKind { get; private set; }

    public string? Reason { get; private set; }

    public DateTime BookedAt { get; private set; }

    public string BookedBy { get; private set; }

    /// <summary>The category the amount counts in: its own kind, or for a correction the kind it reverses.</summary>
    public LedgerEntryKind CountsAs => Kind == LedgerEntryKind.Correction ? CorrectedKind!.Value : Kind;

    public bool IsContribution => CountsAs is LedgerEntryKind.BoardFunds or LedgerEntryKind.SwvPooled;

    public bool IsContributionLike(LedgerEntryKind kind, decimal amount) => Kind == kind && Amount == amount;

    internal static LedgerEntry Contribution(Guid id, Guid boardId, LedgerEntryKind kind, decimal amount, string externalRef, DateTime at, string by) =>
        new(id, kind, amount, at, by) { BoardId = boardId, ExternalRef = externalRef };

    internal static LedgerEntry Allocation(Guid id, TargetLevel level, Guid targetId, string purpose, decimal amount, DateTime at, string by) =>
        new(id, LedgerEntryKind.Allocation, amount, at, by) { Level = level, TargetId = targetId, Purpose = purpose };

    internal static LedgerEntry ExpertiseCharge(Guid id, TargetLevel level, Guid targetId, decimal hours, decimal amount, string externalRef, DateTime at, string by) =>
        new(id, LedgerEntryKind.ExpertiseCharge, amount, at, by) { Level = level, TargetId = targetId, Hours = hours, ExternalRef = externalRef };

    internal static LedgerEntry FreedFunds(Guid id, decimal difference, DateTime at, string by) =>
        new(id, LedgerEntryKind.FreedFunds, difference, at, by);

    internal static LedgerEntry CorrectionOf(Guid id, LedgerEntry original, string reason, DateTime at, string by) =>
        new(id, LedgerEntryKind.Correction, -original.Amount, at, by)
        {
            BoardId = original.BoardId,
            Level = original.Level,
            TargetId = original.TargetId,
            Hours = -original.Hours,
            CorrectsEntryId = original.Id,
            CorrectedKind = original.Kind,
            Reason = reason,
        };

    /// <summary>A correction of what the year's expertise hours cost, attributed like area money; it reverses no single entry.</summary>
    internal static LedgerEntry Repricing(Guid id, decimal difference, Guid areaId, string reason, DateTime at, string by) =>
        new(id, LedgerEntryKind.Correction, difference, at, by)
        {
            Level = TargetLevel.Area,
            TargetId = areaId,
            CorrectedKind = LedgerEntryKind.ExpertiseCharge,
            Reason = reason,
        };

    internal void PlaceIn(int schoolYearStart, Guid areaId, int sequence) =>
        (SchoolYearStart, AreaId, Sequence) = (schoolYearStart, areaId, sequence);
}
