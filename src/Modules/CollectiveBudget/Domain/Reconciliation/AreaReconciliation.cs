using GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;

namespace GeenKindDeBuurtUit.CollectiveBudget.Domain.Reconciliation;

/// <summary>
/// Attributes an area's ledger to boards (docs/adr/0010): a contribution to the board that made it;
/// money for a school to that school's board; money for a cluster or for the whole area pro rata
/// to the number of schools each board has in it, by <see cref="BoardAttribution"/>. Every entry is
/// attributed in full, so the boards' figures add up to the area's to the cent.
/// </summary>
public static class AreaReconciliation
{
    public static IReadOnlyList<BoardShare> Attribute(AreaBudget budget, IReadOnlyCollection<PlacedSchool> schools)
    {
        var inArea = schools.Where(s => s.AreaId == budget.AreaId).ToList();
        var contributed = new Dictionary<Guid, decimal>();
        var allocated = new Dictionary<Guid, decimal>();
        var spent = new Dictionary<Guid, decimal>();
        foreach (var board in inArea.Select(s => s.BoardId))
        {
            contributed[board] = allocated[board] = spent[board] = 0m;
        }

        foreach (var entry in budget.Entries)
        {
            var into = entry.CountsAs switch
            {
                LedgerEntryKind.BoardFunds or LedgerEntryKind.SwvPooled => contributed,
                LedgerEntryKind.Allocation => allocated,
                LedgerEntryKind.ExpertiseCharge => spent,
                _ => null,
            };
            if (into is null)
            {
                continue;
            }

            foreach (var (board, part) in Parts(entry, schools, inArea))
            {
                into[board] = into.GetValueOrDefault(board) + part;
                contributed.TryAdd(board, 0m);
                allocated.TryAdd(board, 0m);
                spent.TryAdd(board, 0m);
            }
        }

        return contributed.Keys.Order()
            .Select(board => new BoardShare(board, contributed[board], allocated[board], spent[board]))
            .ToList();
    }

    private static IReadOnlyDictionary<Guid, decimal> Parts(LedgerEntry entry, IReadOnlyCollection<PlacedSchool> schools, IReadOnlyList<PlacedSchool> inArea)
    {
        if (entry.BoardId is { } board)
        {
            return new Dictionary<Guid, decimal> { [board] = entry.Amount };
        }

        var over = entry.Level switch
        {
            TargetLevel.School => schools.Where(s => s.SchoolId == entry.TargetId).ToList(),
            TargetLevel.Cluster => schools.Where(s => s.ClusterId == entry.TargetId).ToList(),
            _ => inArea,
        };

        // A cluster emptied by schools moving away: its money is then shared as area money.
        if (over.Count == 0)
        {
            over = inArea;
        }

        return over.Count == 0
            ? new Dictionary<Guid, decimal>()
            : BoardAttribution.Split(entry.Amount, over.GroupBy(s => s.BoardId).ToDictionary(g => g.Key, g => g.Count()));
    }
}
