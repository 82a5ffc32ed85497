using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;

namespace GeenKindDeBuurtUit.CollectiveBudget.Domain.Rules;

/// <summary>
/// Freed funds follow from the referrals and are recalculated, never corrected by hand (the next
/// recalculation would book them again). A correction is not corrected either: book the original again.
/// </summary>
public sealed class EntryNotCorrectableRule(LedgerEntryKind kind) : IBusinessRule
{
    public string Code => "entry-not-correctable";

    public string Message => kind == LedgerEntryKind.FreedFunds
        ? "Freed funds follow from the referrals and are recalculated, not corrected by hand."
        : "A correction cannot be corrected; book the original entry again instead.";

    public bool IsBroken() => kind is LedgerEntryKind.FreedFunds or LedgerEntryKind.Correction;
}
