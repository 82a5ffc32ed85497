namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;

/// <summary>An escalation to the neighbourhood team for inclusion, kept per event.</summary>
internal sealed record EscalationFact(Guid EventId, Guid CaseId, Guid SchoolId, string To, DateOnly On);

/// <summary>An OT meeting and its decision ("stay" keeps a child in the neighbourhood, "refer" does not).</summary>
internal sealed record OtMeetingFact(Guid MeetingId, Guid CaseId, Guid SchoolId, DateOnly HeldOn, string Decision);

/// <summary>A collective approach and the schools taking part; it runs from its start to its end (open-ended without one).</summary>
internal sealed class CollectiveApproachFact
{
    private CollectiveApproachFact()
    {
        Name = string.Empty;
        Level = string.Empty;
    }

    public Guid ApproachId { get; private set; }

    public string Name { get; private set; }

    /// <summary>"school", "cluster" or "area": what agreed the approach.</summary>
    public string Level { get; private set; }

    public Guid TargetId { get; private set; }

    public List<Guid> SchoolIds { get; private set; } = [];

    public DateOnly StartsOn { get; private set; }

    public DateOnly? EndsOn { get; private set; }

    public int ExpectedChildren { get; private set; }

    public static CollectiveApproachFact Create(
        Guid approachId, string name, string level, Guid targetId, IEnumerable<Guid> schoolIds, DateOnly startsOn, DateOnly? endsOn, int expectedChildren) =>
        new()
        {
            ApproachId = approachId, Name = name, Level = level, TargetId = targetId, SchoolIds = schoolIds.ToList(),
            StartsOn = startsOn, EndsOn = endsOn, ExpectedChildren = expectedChildren,
        };

    public bool RunsDuring(DateOnly first, DateOnly last) => StartsOn <= last && (EndsOn is null || EndsOn >= first);
}
