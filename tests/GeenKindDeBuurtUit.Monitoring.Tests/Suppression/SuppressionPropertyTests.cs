using GeenKindDeBuurtUit.Monitoring.Application.Figures;
using GeenKindDeBuurtUit.Monitoring.Application.Support;
using GeenKindDeBuurtUit.Monitoring.Domain;
using GeenKindDeBuurtUit.Monitoring.Domain.Suppression;

namespace GeenKindDeBuurtUit.Monitoring.Tests.Suppression;

/// <summary>
/// Over many random programmes: no count from 1 to the threshold at school or cluster level is
/// shown to an analyst, none equals a known total minus the visible cells, and none can be
/// computed from all the known sums together (checked independently of the module's own check).
/// </summary>
public sealed class SuppressionPropertyTests
{
    private const int Threshold = 4;
    private const int DataSets = 500;

    [Fact]
    public void Referral_counts_never_leak_a_small_cell()
    {
        var random = new Random(20261123);
        for (var round = 0; round < DataSets; round++)
        {
            var tree = RandomPilot.Tree(random);
            var counts = tree.At(UnitLevel.School).ToDictionary(s => s.Id, _ => (long)RandomPilot.Count(random));

            AssertNoSmallCellLeaks(tree, 1, (school, _) => counts[school], [], round);
        }
    }

    [Fact]
    public void Support_counts_with_their_row_totals_never_leak_a_small_cell()
    {
        var random = new Random(8);
        for (var round = 0; round < DataSets; round++)
        {
            var tree = RandomPilot.Tree(random);
            var counts = tree.At(UnitLevel.School).ToDictionary(s => s.Id, _ => SupportCounts(random));

            AssertNoSmallCellLeaks(tree, SupportPyramid.Measures, (school, measure) => counts[school][measure], SupportPyramid.RowSums, round);
        }
    }

    [Fact]
    public void Deciding_each_area_on_its_own_hides_exactly_what_deciding_the_whole_map_at_once_hides()
    {
        var random = new Random(22);
        for (var round = 0; round < 100; round++)
        {
            AssertPartsDecideAsTheWhole(random, 1, (_, _) => RandomPilot.Count(random), [], round);
        }
    }

    [Fact]
    public void With_row_totals_each_area_on_its_own_still_hides_what_the_whole_map_at_once_hides()
    {
        var random = new Random(23);
        for (var round = 0; round < 60; round++)
        {
            var counts = new Dictionary<Guid, long[]>();
            AssertPartsDecideAsTheWhole(random, SupportPyramid.Measures, (school, m) => (counts.TryGetValue(school, out var c) ? c : counts[school] = SupportCounts(random))[m], SupportPyramid.RowSums, round);
        }
    }

    [Fact]
    public void Two_school_years_in_one_table_hide_what_each_year_hides_in_a_table_of_its_own()
    {
        var random = new Random(24);
        for (var round = 0; round < 100; round++)
        {
            var tree = new UnitTree(Enumerable.Range(0, random.Next(1, 4)).SelectMany(_ => RandomPilot.Tree(random).All));
            var counts = tree.At(UnitLevel.School).ToDictionary(s => s.Id, _ => new long[] { RandomPilot.Count(random), RandomPilot.Count(random) });

            var both = FigureTable.Build(tree, 2, (school, year) => counts[school][year], [], Threshold);
            var alone = Enumerable.Range(0, 2).Select(year => FigureTable.Build(tree, 1, (school, _) => counts[school][year], [], Threshold)).ToList();

            Assert.All(tree.All, unit => Assert.Equal((alone[0].Value(unit.Id, 0), alone[1].Value(unit.Id, 0)), (both.Value(unit.Id, 0), both.Value(unit.Id, 1))));
        }
    }

    private static void AssertPartsDecideAsTheWhole(Random random, int measures, Func<Guid, int, long> schoolCount, IReadOnlyList<RowSum> rowSums, int round)
    {
        // Several random programmes side by side: areas share no sum, so each is an independent part.
        var tree = new UnitTree(Enumerable.Range(0, random.Next(2, 6)).SelectMany(_ => RandomPilot.Tree(random).All));
        var units = tree.All.ToList();
        var index = units.Select((u, i) => (u.Id, i)).ToDictionary(p => p.Id, p => p.i);
        int CellOf(Unit unit, int measure) => (index[unit.Id] * measures) + measure;
        long Total(Unit unit, int measure) => unit.Level == UnitLevel.School ? schoolCount(unit.Id, measure) : tree.ChildrenOf(unit).Sum(c => Total(c, measure));
        var cells = units.SelectMany(u => Enumerable.Range(0, measures).Select(m => new Cell(Total(u, m), u.Level != UnitLevel.Area))).ToList();
        var sums = KnownSums(tree, measures, rowSums, CellOf).Select(s => new SumRelation(s.Total, s.Parts)).ToList();

        var byPart = SmallCellSuppression.Hide(cells, sums, Threshold);
        var asOne = SmallCellSuppression.HideAsOne(cells, sums, Threshold);

        Assert.True(asOne.SetEquals(byPart), $"round {round}: by part {string.Join(",", byPart.Order())}, as one {string.Join(",", asOne.Order())}");
    }

    [Fact]
    public void Without_a_threshold_every_count_is_shown()
    {
        var random = new Random(3);
        var tree = RandomPilot.Tree(random);
        var counts = tree.At(UnitLevel.School).ToDictionary(s => s.Id, _ => (long)RandomPilot.Count(random));

        var table = FigureTable.Build(tree, 1, (school, _) => counts[school], [], threshold: null);

        Assert.All(tree.All, unit => Assert.NotNull(table.Value(unit.Id, 0)));
        Assert.All(tree.At(UnitLevel.School), school => Assert.Equal(counts[school.Id], (long)table.Value(school.Id, 0)!.Value));
    }

    private static void AssertNoSmallCellLeaks(UnitTree tree, int measures, Func<Guid, int, long> schoolCount, IReadOnlyList<RowSum> rowSums, int round)
    {
        var table = FigureTable.Build(tree, measures, schoolCount, rowSums, Threshold);

        var units = tree.All.ToList();
        int Cell(Unit unit, int measure) => (units.IndexOf(unit) * measures) + measure;
        long Truth(Unit unit, int measure) => unit.Level == UnitLevel.School
            ? schoolCount(unit.Id, measure)
            : tree.ChildrenOf(unit).Sum(child => Truth(child, measure));

        var hidden = new HashSet<int>();
        var small = new HashSet<int>();
        foreach (var unit in units)
        {
            for (var m = 0; m < measures; m++)
            {
                var (shown, truth) = (table.Value(unit.Id, m), Truth(unit, m));
                if (shown is null)
                {
                    hidden.Add(Cell(unit, m));
                }
                else
                {
                    Assert.True(shown.Value == truth, $"round {round}: {unit.Name} measure {m} shows {shown}, truth {truth}");
                }

                if (unit.Level != UnitLevel.Area && truth is >= 1 and <= Threshold)
                {
                    small.Add(Cell(unit, m));
                    Assert.True(shown is null, $"round {round}: {unit.Name} measure {m} shows the small count {truth}");
                }
            }
        }

        Assert.All(units.Where(u => u.Level == UnitLevel.Area), area => Assert.False(table.IsSuppressed(area.Id), $"round {round}: an area is never suppressed"));
        var sums = KnownSums(tree, measures, rowSums, Cell).ToList();
        foreach (var (total, parts) in sums)
        {
            var hiddenMembers = parts.Append(total).Count(hidden.Contains);
            Assert.True(hiddenMembers != 1, $"round {round}: a total minus its visible cells gives away the one hidden cell");
        }

        var pinned = PinnedCells.Find(sums, hidden);
        Assert.True(!pinned.Overlaps(small), $"round {round}: small cells {string.Join(",", pinned.Intersect(small))} can be computed from the known sums");
    }

    // What a reader knows adds up: an area and a cluster are the sums of their members, and the row totals hold within each unit.
    private static IEnumerable<(int Total, int[] Parts)> KnownSums(UnitTree tree, int measures, IReadOnlyList<RowSum> rowSums, Func<Unit, int, int> cell)
    {
        for (var m = 0; m < measures; m++)
        {
            foreach (var parent in tree.All.Where(u => u.Level != UnitLevel.School))
            {
                yield return (cell(parent, m), tree.ChildrenOf(parent).Select(child => cell(child, m)).ToArray());
            }
        }

        foreach (var unit in tree.All)
        {
            foreach (var sum in rowSums)
            {
                yield return (cell(unit, sum.Total), sum.Parts.Select(p => cell(unit, p)).ToArray());
            }
        }
    }

    // A school's support counts that are consistent with the row totals: levels, open = their sum, beyond basic split by OPP.
    private static long[] SupportCounts(Random random)
    {
        var counts = new long[SupportPyramid.Measures];
        for (var level = 1; level <= 5; level++)
        {
            counts[SupportPyramid.Level(level)] = RandomPilot.Count(random);
        }

        counts[SupportPyramid.Open] = Enumerable.Range(1, 5).Sum(l => counts[SupportPyramid.Level(l)]);
        counts[SupportPyramid.BeyondBasic] = counts[SupportPyramid.Level(4)] + counts[SupportPyramid.Level(5)];
        counts[SupportPyramid.WithOpp] = random.NextInt64(counts[SupportPyramid.BeyondBasic] + 1);
        counts[SupportPyramid.WithoutOpp] = counts[SupportPyramid.BeyondBasic] - counts[SupportPyramid.WithOpp];
        counts[SupportPyramid.Up] = RandomPilot.Count(random);
        counts[SupportPyramid.Down] = RandomPilot.Count(random);
        return counts;
    }
}
