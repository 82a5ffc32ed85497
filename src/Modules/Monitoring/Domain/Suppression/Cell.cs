namespace GeenKindDeBuurtUit.Monitoring.Domain.Suppression;

/// <summary>
/// One published count. <see cref="Protected"/> counts (school and cluster level) are hidden
/// from analysts when small; unprotected ones (area level) are public and never hidden.
/// </summary>
internal readonly record struct Cell(long Value, bool Protected);

/// <summary>A sum a reader knows or can compute: the cell <see cref="Total"/> equals the sum of the cells <see cref="Parts"/>.</summary>
internal sealed record SumRelation(int Total, IReadOnlyList<int> Parts)
{
    public IEnumerable<int> Members => Parts.Prepend(Total);
}
