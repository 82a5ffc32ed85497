namespace GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;

/// <summary>What a ledger entry books. Wire names: board-funds, swv-pooled, freed-funds, allocation, expertise-charge, correction.</summary>
public enum LedgerEntryKind
{
    /// <summary>A board contributes its own funds.</summary>
    BoardFunds,

    /// <summary>A share of the SWV support budget that would have gone to one board's schools is pooled.</summary>
    SwvPooled,

    /// <summary>An adjustment of the money the SWV no longer spends because fewer children are referred.</summary>
    FreedFunds,

    /// <summary>Money allocated to a collective approach at area, cluster or school level.</summary>
    Allocation,

    /// <summary>Expertise-pool hours charged at the agreed hourly rate.</summary>
    ExpertiseCharge,

    /// <summary>Reverses another entry, with a reason; nothing in the ledger is ever changed or deleted.</summary>
    Correction,
}
