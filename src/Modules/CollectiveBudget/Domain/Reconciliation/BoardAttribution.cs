namespace GeenKindDeBuurtUit.CollectiveBudget.Domain.Reconciliation;

/// <summary>
/// Splits an amount over boards in proportion to their number of schools, to the cent, so that the
/// parts add up exactly: each board gets its share rounded down, and the cents left over go one by
/// one to the largest remainders, ties to the lowest board id. The same inputs always give the same
/// split, and a negative amount (a correction) splits as the exact mirror of the positive one.
/// </summary>
public static class BoardAttribution
{
    public static IReadOnlyDictionary<Guid, decimal> Split(decimal amount, IReadOnlyDictionary<Guid, int> schoolsPerBoard)
    {
        var total = schoolsPerBoard.Values.Sum();
        if (total <= 0)
        {
            throw new ArgumentException("At least one school is needed to attribute an amount to boards.", nameof(schoolsPerBoard));
        }

        var cents = (long)(Math.Abs(amount) * 100m);
        var shares = schoolsPerBoard.OrderBy(b => b.Key)
            .Select(b => (Board: b.Key, Cents: cents * b.Value / total, Remainder: cents * b.Value % total))
            .ToList();
        var leftover = cents - shares.Sum(s => s.Cents);
        var favoured = shares.OrderByDescending(s => s.Remainder).ThenBy(s => s.Board).Take((int)leftover).Select(s => s.Board).ToHashSet();
        var sign = Math.Sign(amount);
        return shares.ToDictionary(s => s.Board, s => sign * (s.Cents + (favoured.Contains(s.Board) ? 1 : 0)) / 100m);
    }
}
