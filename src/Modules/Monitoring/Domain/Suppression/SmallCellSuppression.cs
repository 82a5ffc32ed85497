namespace GeenKindDeBuurtUit.Monitoring.Domain.Suppression;

/// <summary>
/// Small-cell suppression for the analyst role, the one rule every monitoring answer uses.
/// Primary: a protected count from 1 to the threshold is hidden. Secondary: a hidden cell must
/// not be recoverable from the visible cells and the known sums (area totals, a cluster as the
/// sum of its schools, a row total), so where a sum has one hidden member the smallest other
/// non-zero member is hidden too; a final exact check catches recoveries that need several sums.
/// </summary>
internal static class SmallCellSuppression
{
    /// <returns>The indexes of the cells to hide.</returns>
    /// <remarks>
    /// Cells that share no known sum, however indirectly, cannot tell anything about each other,
    /// so each connected part (in a school map: one area with its clusters and schools) is
    /// decided on its own, in the same order of cells and sums as the whole would be. The result
    /// is the same as deciding the whole at once, but a country of 75 areas costs 75 small
    /// eliminations instead of one over every hidden cell (docs/adr/0022).
    /// </remarks>
    public static IReadOnlySet<int> Hide(IReadOnlyList<Cell> cells, IReadOnlyList<SumRelation> sums, int threshold)
    {
        var hidden = new HashSet<int>();
        foreach (var part in IndependentParts.Of(cells.Count, sums))
        {
            var local = part.Cells.Select(i => cells[i]).ToList();
            hidden.UnionWith(HideAsOne(local, part.Sums, threshold).Select(i => part.Cells[i]));
        }

        return hidden;
    }

    /// <summary>The rule over all cells at once; <see cref="Hide"/> answers the same, part by part.</summary>
    internal static HashSet<int> HideAsOne(IReadOnlyList<Cell> cells, IReadOnlyList<SumRelation> sums, int threshold)
    {
        bool IsSmall(int i) => cells[i].Protected && cells[i].Value >= 1 && cells[i].Value <= threshold;

        var hidden = Enumerable.Range(0, cells.Count).Where(IsSmall).ToHashSet();
        var beyondHelp = new HashSet<int>();
        while (true)
        {
            HideSecondCells(cells, sums, hidden);
            var exposed = LinearRecovery.Determined(sums, hidden).Where(i => IsSmall(i) && !beyondHelp.Contains(i)).Order().ToList();
            if (exposed.Count == 0)
            {
                return hidden;
            }

            // Only a sum with nothing else to hide (an area of one cluster) can leave a cell exposed.
            if (NearestCandidate(cells, sums, hidden, exposed[0]) is { } next)
            {
                hidden.Add(next);
            }
            else
            {
                beyondHelp.Add(exposed[0]);
            }
        }
    }

    // Until no known sum has exactly one hidden member: that member would be the total minus the visible ones.
    private static void HideSecondCells(IReadOnlyList<Cell> cells, IReadOnlyList<SumRelation> sums, HashSet<int> hidden)
    {
        bool changed;
        do
        {
            changed = false;
            foreach (var sum in sums)
            {
                var members = sum.Members.ToList();
                if (members.Count(hidden.Contains) == 1 && Smallest(cells, members.Where(m => !hidden.Contains(m))) is { } second)
                {
                    changed |= hidden.Add(second);
                }
            }
        }
        while (changed);
    }

    // A visible cell sharing a sum with the exposed one, or failing that with the hidden cells around it.
    private static int? NearestCandidate(IReadOnlyList<Cell> cells, IReadOnlyList<SumRelation> sums, HashSet<int> hidden, int exposed)
    {
        var reached = new HashSet<int> { exposed };
        var frontier = new List<int> { exposed };
        while (frontier.Count > 0)
        {
            var around = sums.Where(s => s.Members.Any(frontier.Contains)).SelectMany(s => s.Members).Where(reached.Add).ToList();
            if (Smallest(cells, around.Where(m => !hidden.Contains(m))) is { } candidate)
            {
                return candidate;
            }

            frontier = around;
        }

        return null;
    }

    // "The smallest other non-zero cell"; a zero only when no non-zero one is left; public cells never.
    private static int? Smallest(IReadOnlyList<Cell> cells, IEnumerable<int> candidates) =>
        candidates.Where(i => cells[i].Protected)
            .OrderBy(i => cells[i].Value == 0 ? 1 : 0).ThenBy(i => cells[i].Value).ThenBy(i => i)
            .Select(i => (int?)i).FirstOrDefault();
}
