using GeenKindDeBuurtUit.Monitoring.Domain.Suppression;

namespace GeenKindDeBuurtUit.Monitoring.Tests.Suppression;

public sealed class SmallCellSuppressionTests
{
    [Fact]
    public void A_small_count_is_hidden_and_zeros_and_large_counts_stay()
    {
        var hidden = SmallCellSuppression.Hide([new(0, true), new(3, true), new(5, true), new(4, false)], [], 4);

        Assert.Equal([1], hidden);
    }

    [Fact]
    public void Where_a_total_would_give_a_hidden_cell_away_the_smallest_other_non_zero_cell_is_hidden_too()
    {
        // Area 27 (public) = 2 + 0 + 9 + 16: 2 is hidden, so 9 is hidden with it, not the 0.
        Cell[] cells = [new(27, false), new(2, true), new(0, true), new(9, true), new(16, true)];

        var hidden = SmallCellSuppression.Hide(cells, [new SumRelation(0, [1, 2, 3, 4])], 4);

        Assert.Equal([1, 3], hidden.Order());
    }

    [Fact]
    public void A_zero_is_hidden_with_it_only_when_no_other_count_is_left()
    {
        Cell[] cells = [new(3, false), new(3, true), new(0, true)];

        var hidden = SmallCellSuppression.Hide(cells, [new SumRelation(0, [1, 2])], 4);

        Assert.Equal([1, 2], hidden.Order());
    }

    [Fact]
    public void A_public_total_is_never_hidden_even_where_nothing_else_can_be()
    {
        // An area of one cluster: the cluster's count is the area's, which the contract makes public.
        Cell[] cells = [new(3, false), new(3, true)];

        var hidden = SmallCellSuppression.Hide(cells, [new SumRelation(0, [1])], 4);

        Assert.Equal([1], hidden);
    }

    [Fact]
    public void A_cell_pinned_down_by_several_sums_together_is_caught_by_the_exact_check()
    {
        // A 4 x 4 table with public row and column totals. The small cells form two closed loops
        // joined by one cell: every row and column has two or more hidden cells, yet the joining
        // cell follows from the totals of rows 3-4 and columns 3-4 together.
        var small = new[] { (0, 0), (0, 1), (1, 0), (1, 1), (2, 2), (2, 3), (3, 2), (3, 3), (1, 2) };
        var cells = new List<Cell>();
        for (var r = 0; r < 4; r++)
        {
            for (var c = 0; c < 4; c++)
            {
                cells.Add(new Cell(small.Contains((r, c)) ? 1 : 10, true));
            }
        }

        var sums = new List<SumRelation>();
        for (var i = 0; i < 4; i++)
        {
            cells.Add(new Cell(0, false));
            sums.Add(new SumRelation(cells.Count - 1, Enumerable.Range(0, 4).Select(c => (i * 4) + c).ToList()));
            cells.Add(new Cell(0, false));
            sums.Add(new SumRelation(cells.Count - 1, Enumerable.Range(0, 4).Select(r => (r * 4) + i).ToList()));
        }

        Assert.Contains(6, LinearRecovery.Determined(sums, small.Select(p => (p.Item1 * 4) + p.Item2).ToHashSet()));

        var hidden = SmallCellSuppression.Hide(cells, sums, 4);

        Assert.True(hidden.Count > small.Length);
        Assert.DoesNotContain(LinearRecovery.Determined(sums, hidden), i => cells[i].Value == 1);
        Assert.DoesNotContain(PinnedCells.Find(sums.Select(s => (s.Total, s.Parts.ToArray())), hidden.ToHashSet()), i => cells[i].Value == 1);
    }
}
