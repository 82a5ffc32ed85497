namespace GeenKindDeBuurtUit.Monitoring.Domain.Suppression;

/// <summary>
/// Cells joined, directly or through other cells, by known sums, with those sums renumbered to
/// the part's own cells. Cells keep their relative order and sums their order, so a rule that
/// breaks ties by position decides within a part exactly as it would over the whole.
/// </summary>
internal sealed record IndependentParts(IReadOnlyList<int> Cells, IReadOnlyList<SumRelation> Sums)
{
    public static IEnumerable<IndependentParts> Of(int cellCount, IReadOnlyList<SumRelation> sums)
    {
        var root = Enumerable.Range(0, cellCount).ToArray();
        int Find(int cell)
        {
            while (root[cell] != cell)
            {
                root[cell] = root[root[cell]];
                cell = root[cell];
            }

            return cell;
        }

        foreach (var sum in sums)
        {
            foreach (var part in sum.Parts)
            {
                root[Find(part)] = Find(sum.Total);
            }
        }

        var cellsOf = Enumerable.Range(0, cellCount).GroupBy(Find).ToDictionary(g => g.Key, g => g.ToList());
        var sumsOf = sums.GroupBy(s => Find(s.Total)).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var (key, cells) in cellsOf)
        {
            var local = cells.Select((cell, index) => (cell, index)).ToDictionary(p => p.cell, p => p.index);
            var renumbered = sumsOf.GetValueOrDefault(key, [])
                .Select(s => new SumRelation(local[s.Total], s.Parts.Select(p => local[p]).ToList()))
                .ToList();
            yield return new IndependentParts(cells, renumbered);
        }
    }
}
