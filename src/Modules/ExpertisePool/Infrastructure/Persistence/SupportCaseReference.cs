namespace GeenKindDeBuurtUit.ExpertisePool.Infrastructure.Persistence;

/// <summary>
/// A support case as this module knows it: an id, its school and whether it is closed, from the
/// Support Cases module's events. Enough to check a request's link; nothing about the pupil.
/// </summary>
internal sealed class SupportCaseReference
{
    private SupportCaseReference()
    {
    }

    public Guid CaseId { get; private set; }

    public Guid SchoolId { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public static SupportCaseReference Opened(Guid caseId, Guid schoolId) => new() { CaseId = caseId, SchoolId = schoolId };

    public void Close(DateOnly on) => ClosedOn = on;
}
