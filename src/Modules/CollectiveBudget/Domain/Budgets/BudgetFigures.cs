namespace GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;

/// <summary>
/// An area's budget for one school year as the contract sums it: <c>pooled = contributions + freed</c>,
/// <c>available = pooled − allocated</c>; and <c>remaining = available − spent</c>, what is left once
/// the expertise charged is paid (docs/adr/0032).
/// </summary>
public sealed record BudgetFigures(decimal Contributions, decimal FreedFunds, decimal Allocated, decimal Spent)
{
    public decimal Pooled => Contributions + FreedFunds;

    public decimal Available => Pooled - Allocated;

    public decimal Remaining => Available - Spent;

    public static BudgetFigures Of(IEnumerable<LedgerEntry> entries)
    {
        decimal contributions = 0, freed = 0, allocated = 0, spent = 0;
        foreach (var entry in entries)
        {
            switch (entry.CountsAs)
            {
                case LedgerEntryKind.BoardFunds or LedgerEntryKind.SwvPooled:
                    contributions += entry.Amount;
                    break;
                case LedgerEntryKind.FreedFunds:
                    freed += entry.Amount;
                    break;
                case LedgerEntryKind.Allocation:
                    allocated += entry.Amount;
                    break;
                case LedgerEntryKind.ExpertiseCharge:
                    spent += entry.Amount;
                    break;
            }
        }

        return new BudgetFigures(contributions, freed, allocated, spent);
    }
}
