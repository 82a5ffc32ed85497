namespace GeenKindDeBuurtUit.Monitoring.Tests.Suppression;

/// <summary>
/// The tests' own, independent answer to "which hidden cells can a reader compute?": exact
/// elimination over the prime field of 2^61 − 1 (the module works in floating point). A known
/// sum is an equation over the hidden cells; a cell is pinned down when some combination of
/// the equations names it alone.
/// </summary>
internal static class PinnedCells
{
    private const ulong Prime = 2305843009213693951UL;

    public static IReadOnlySet<int> Find(IEnumerable<(int Total, int[] Parts)> sums, IReadOnlySet<int> hidden)
    {
        var columns = hidden.Order().ToList();
        var index = columns.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
        var rows = new List<ulong[]>();
        foreach (var (total, parts) in sums)
        {
            var row = new ulong[columns.Count];
            if (index.TryGetValue(total, out var t))
            {
                row[t] = Add(row[t], 1);
            }

            foreach (var part in parts.Where(index.ContainsKey))
            {
                row[index[part]] = Add(row[index[part]], Prime - 1);
            }

            rows.Add(row);
        }

        var pinned = new HashSet<int>();
        var next = 0;
        for (var col = 0; col < columns.Count && next < rows.Count; col++)
        {
            var pivot = Enumerable.Range(next, rows.Count - next).FirstOrDefault(r => rows[r][col] != 0, -1);
            if (pivot < 0)
            {
                continue;
            }

            (rows[next], rows[pivot]) = (rows[pivot], rows[next]);
            var inverse = Power(rows[next][col], Prime - 2);
            var used = Enumerable.Range(0, columns.Count).Where(c => rows[next][c] != 0).ToList();
            foreach (var c in used)
            {
                rows[next][c] = Multiply(rows[next][c], inverse);
            }

            for (var r = 0; r < rows.Count; r++)
            {
                if (r != next && rows[r][col] != 0)
                {
                    var factor = rows[r][col];
                    foreach (var c in used)
                    {
                        rows[r][c] = Add(rows[r][c], Prime - Multiply(factor, rows[next][c]));
                    }
                }
            }

            next++;
        }

        foreach (var row in rows.Take(next))
        {
            var nonZero = Enumerable.Range(0, columns.Count).Where(c => row[c] != 0).ToList();
            if (nonZero.Count == 1)
            {
                pinned.Add(columns[nonZero[0]]);
            }
        }

        return pinned;
    }

    private static ulong Add(ulong a, ulong b) => (a + b) % Prime;

    private static ulong Multiply(ulong a, ulong b) => (ulong)((UInt128)a * b % Prime);

    private static ulong Power(ulong value, ulong exponent)
    {
        ulong result = 1;
        for (; exponent > 0; exponent >>= 1, value = Multiply(value, value))
        {
            if ((exponent & 1) == 1)
            {
                result = Multiply(result, value);
            }
        }

        return result;
    }
}
