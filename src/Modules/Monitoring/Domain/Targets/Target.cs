using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.Monitoring.Domain.Targets;

/// <summary>
/// A reduction target an admin set for a school year; it replaces that year's default. Its
/// version is a concurrency token like an aggregate's, so two admins setting one year at once
/// cannot both win unnoticed.
/// </summary>
internal sealed class Target : AggregateRoot
{
    private Target()
    {
    }

    public int SchoolYearStart { get; private set; }

    public decimal ReductionPct { get; private set; }

    public DateTime SetAt { get; private set; }

    /// <summary>Unstored, at version 0: what a year nobody set reads as. Stored, it is version 1.</summary>
    public static Target Create(int schoolYearStart, decimal reductionPct, DateTime setAt) =>
        new() { SchoolYearStart = schoolYearStart, ReductionPct = reductionPct, SetAt = setAt };

    public void Change(decimal reductionPct, DateTime setAt) => (ReductionPct, SetAt) = (reductionPct, setAt);
}
