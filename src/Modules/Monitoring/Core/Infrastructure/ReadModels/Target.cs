namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;

/// <summary>A reduction target an admin set for a school year; it replaces that year's default.</summary>
internal sealed class Target
{
    private Target()
    {
    }

    public int SchoolYearStart { get; private set; }

    public decimal ReductionPct { get; private set; }

    public DateTime SetAt { get; private set; }

    public static Target Create(int schoolYearStart, decimal reductionPct, DateTime setAt) =>
        new() { SchoolYearStart = schoolYearStart, ReductionPct = reductionPct, SetAt = setAt };

    public void Change(decimal reductionPct, DateTime setAt) => (ReductionPct, SetAt) = (reductionPct, setAt);
}
