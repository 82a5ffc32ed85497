namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;

/// <summary>
/// What monitoring knows of one support case, never who the child is: its school, when it
/// opened and at which level, since when it has an OPP, when it closed. Every field is set by
/// one kind of event and none overwrites another, so the order of arrival does not matter.
/// </summary>
internal sealed class CaseFacts
{
    private CaseFacts()
    {
    }

    public Guid CaseId { get; private set; }

    public Guid SchoolId { get; private set; }

    public DateOnly? OpenedOn { get; private set; }

    public int? OpeningLevel { get; private set; }

    public DateOnly? OppSince { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public static CaseFacts Create(Guid caseId, Guid schoolId) => new() { CaseId = caseId, SchoolId = schoolId };

    public void Opened(DateOnly on, int level) => (OpenedOn, OpeningLevel) = (on, level);

    /// <summary>The earliest date an OPP is known to exist: from its establishment, or from a level change that found one.</summary>
    public void HasOppSince(DateOnly on) => OppSince = OppSince is { } known && known <= on ? known : on;

    public void Closed(DateOnly on) => ClosedOn = on;

    public bool IsOpenOn(DateOnly day) => OpenedOn <= day && (ClosedOn is null || ClosedOn > day);
}
