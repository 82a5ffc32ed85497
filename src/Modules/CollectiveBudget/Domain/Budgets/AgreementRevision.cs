namespace GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;

/// <summary>
/// One change of an area's agreement for a school year: who made it, when, and the terms before
/// and after. Written once, never changed, so the money's rules can always be traced to a person.
/// </summary>
public sealed class AgreementRevision
{
    private AgreementRevision()
    {
        ChangedBy = string.Empty;
        After = null!;
    }

    public Guid Id { get; private set; }

    public int SchoolYearStart { get; private set; }

    public Guid AreaId { get; private set; }

    /// <summary>Null for the first agreement of the year.</summary>
    public Agreement? Before { get; private set; }

    public Agreement After { get; private set; }

    public DateTime ChangedAt { get; private set; }

    public string ChangedBy { get; private set; }

    internal static AgreementRevision Of(int schoolYearStart, Guid areaId, Agreement? before, Agreement after, DateTime at, string by) => new()
    {
        Id = Guid.NewGuid(),
        SchoolYearStart = schoolYearStart,
        AreaId = areaId,
        Before = before,
        After = after,
        ChangedAt = at,
        ChangedBy = by,
    };
}
