using GeenKindDeBuurtUit.Monitoring.Domain;
using GeenKindDeBuurtUit.Monitoring.Domain.Suppression;

namespace GeenKindDeBuurtUit.Monitoring.Application.Figures;

/// <summary>Within one unit, the measure <see cref="Total"/> is the sum of the measures <see cref="Parts"/> (open cases = levels 1 to 5).</summary>
internal sealed record RowSum(int Total, params int[] Parts);

/// <summary>
/// Counts per school for a few measures, summed to clusters and areas, with what an analyst may
/// not see already hidden. The whole tree is disclosed at once, whatever level is asked for: a
/// cell is hidden or shown the same way in every answer, so answers cannot be played off
/// against each other (an area total against its clusters, a school against its cluster).
/// </summary>
internal sealed class FigureTable
{
    private readonly Dictionary<Guid, int> _unitIndex;
    private readonly long[] _values;
    private readonly IReadOnlySet<int> _hidden;
    private readonly int _measures;

    private FigureTable(UnitTree tree, int measures, long[] values, IReadOnlySet<int> hidden)
    {
        _unitIndex = tree.All.Select((u, i) => (u.Id, i)).ToDictionary(p => p.Id, p => p.i);
        (_measures, _values, _hidden) = (measures, values, hidden);
    }

    /// <param name="schoolCount">The count of a measure (by index) at a school.</param>
    /// <param name="threshold">The suppression threshold for this caller, or null when it sees every count.</param>
    public static FigureTable Build(UnitTree tree, int measures, Func<Guid, int, long> schoolCount, IReadOnlyList<RowSum> rowSums, int? threshold)
    {
        var units = tree.All;
        var index = units.Select((u, i) => (u.Id, i)).ToDictionary(p => p.Id, p => p.i);
        int CellOf(Unit unit, int measure) => (index[unit.Id] * measures) + measure;

        var values = new long[units.Count * measures];
        foreach (var school in tree.At(UnitLevel.School))
        {
            for (var m = 0; m < measures; m++)
            {
                var count = schoolCount(school.Id, m);
                for (var unit = school; unit is not null; unit = unit.ParentId is { } parent ? tree.Find(parent) : null)
                {
                    values[CellOf(unit, m)] += count;
                }
            }
        }

        if (threshold is null)
        {
            return new FigureTable(tree, measures, values, new HashSet<int>());
        }

        var cells = units.SelectMany(u => Enumerable.Range(0, measures).Select(m => new Cell(values[CellOf(u, m)], u.Level != UnitLevel.Area))).ToList();
        var sums = new List<SumRelation>();
        for (var m = 0; m < measures; m++)
        {
            var measure = m;
            sums.AddRange(units.Where(u => u.Level != UnitLevel.School)
                .Select(u => new SumRelation(CellOf(u, measure), tree.ChildrenOf(u).Select(c => CellOf(c, measure)).ToList())));
        }

        sums.AddRange(units.SelectMany(u => rowSums.Select(r => new SumRelation(CellOf(u, r.Total), r.Parts.Select(p => CellOf(u, p)).ToList()))));
        return new FigureTable(tree, measures, values, SmallCellSuppression.Hide(cells, sums, threshold.Value));
    }

    /// <returns>The count, or null when it is hidden from this caller.</returns>
    public int? Value(Guid unitId, int measure)
    {
        var cell = (_unitIndex[unitId] * _measures) + measure;
        return _hidden.Contains(cell) ? null : (int)_values[cell];
    }

    public bool IsSuppressed(Guid unitId) => Enumerable.Range(0, _measures).Any(m => Value(unitId, m) is null);
}
