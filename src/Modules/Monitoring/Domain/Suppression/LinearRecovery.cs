namespace GeenKindDeBuurtUit.Monitoring.Domain.Suppression;

/// <summary>
/// Which hidden cells a reader could still compute: every known sum is a linear equation in the
/// hidden cells (visible cells are constants). A hidden cell is determined exactly when the
/// reduced row echelon form of those equations has a row that names that cell alone.
/// </summary>
internal static class LinearRecovery
{
    private const double Tolerance = 1e-9;

    public static IReadOnlyList<int> Determined(IReadOnlyList<SumRelation> sums, IReadOnlySet<int> hidden)
    {
        var columns = hidden.Order().ToList();
        var column = columns.Select((cell, index) => (cell, index)).ToDictionary(p => p.cell, p => p.index);
        var rows = sums
            .Select(sum => Equation(sum, column, columns.Count))
            .Where(row => row.Any(v => v != 0))
            .ToList();

        var pivotRows = ReduceInPlace(rows, columns.Count);
        return pivotRows
            .Where(p => rows[p.Row].Count(v => Math.Abs(v) > Tolerance) == 1)
            .Select(p => columns[p.Column])
            .ToList();
    }

    private static double[] Equation(SumRelation sum, Dictionary<int, int> column, int width)
    {
        var row = new double[width];
        if (column.TryGetValue(sum.Total, out var total))
        {
            row[total] += 1;
        }

        foreach (var part in sum.Parts)
        {
            if (column.TryGetValue(part, out var index))
            {
                row[index] -= 1;
            }
        }

        return row;
    }

    private static List<(int Row, int Column)> ReduceInPlace(List<double[]> rows, int width)
    {
        var pivots = new List<(int Row, int Column)>();
        var next = 0;
        for (var col = 0; col < width && next < rows.Count; col++)
        {
            var best = Enumerable.Range(next, rows.Count - next).MaxBy(r => Math.Abs(rows[r][col]));
            if (Math.Abs(rows[best][col]) <= Tolerance)
            {
                continue;
            }

            (rows[next], rows[best]) = (rows[best], rows[next]);
            // The equations are sparse (a sum names a handful of cells): only the pivot row's own cells change.
            var pivot = rows[next][col];
            var used = Enumerable.Range(0, width).Where(c => rows[next][c] != 0).ToList();
            foreach (var c in used)
            {
                rows[next][c] /= pivot;
            }

            for (var r = 0; r < rows.Count; r++)
            {
                var factor = rows[r][col];
                if (r != next && Math.Abs(factor) > Tolerance)
                {
                    foreach (var c in used)
                    {
                        rows[r][c] -= factor * rows[next][c];
                    }
                }
            }

            pivots.Add((next, col));
            next++;
        }

        return pivots;
    }
}
