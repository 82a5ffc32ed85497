namespace GeenKindDeBuurtUit.Facilities.Domain.History;

/// <summary>One change of a facility: who (a <c>sub</c>, or <c>system:ben-map</c> for the daily job), when, and what.</summary>
public sealed class FacilityHistoryEntry
{
    private FacilityHistoryEntry()
    {
    }

    internal FacilityHistoryEntry(Guid facilityId, HistoryAction action, string by, DateTime at, IReadOnlyList<FieldChange> changes)
    {
        Id = Guid.NewGuid();
        FacilityId = facilityId;
        Action = action;
        By = by;
        At = at;
        Changes = changes;
    }

    public Guid Id { get; private set; }

    public Guid FacilityId { get; private set; }

    public HistoryAction Action { get; private set; }

    public string By { get; private set; } = string.Empty;

    /// <summary>UTC.</summary>
    public DateTime At { get; private set; }

    public IReadOnlyList<FieldChange> Changes { get; private set; } = [];
}
