using GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;

namespace GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;

/// <summary>The contract's contribution kinds: "board-funds" and "swv-pooled".</summary>
public enum ContributionKind
{
    BoardFunds,
    SwvPooled,
}

internal static class ContributionKinds
{
    public static LedgerEntryKind ToLedger(this ContributionKind kind) =>
        kind == ContributionKind.BoardFunds ? LedgerEntryKind.BoardFunds : LedgerEntryKind.SwvPooled;
}
