using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Matching;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Professionals;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Rules;

namespace GeenKindDeBuurtUit.ExpertisePool.Domain.Requests;

/// <summary>
/// A school's or a cluster's request for expertise: requested → assigned → completed, or cancelled.
/// The time from request to assignment is recorded, because how fast a request gets a
/// professional is a measure of the programme. It holds a support case id at most, never a pupil.
/// </summary>
public sealed class ExpertiseRequest : AggregateRoot
{
    private readonly List<Guid> _requestingSchoolIds = [];
    private readonly List<TimeEntry> _timeEntries = [];

    private ExpertiseRequest()
    {
    }

    private ExpertiseRequest(Guid id, Requester requester, Expertise expertise, decimal hours, Urgency urgency, Guid? supportCaseId, string? note, DateTimeOffset requestedAt, DateOnly requestedOn)
    {
        Id = id;
        SchoolId = requester.SchoolId;
        ClusterId = requester.ClusterId;
        AreaId = requester.AreaId;
        _requestingSchoolIds.AddRange(requester.RequestingSchoolIds);
        Expertise = expertise;
        Hours = hours;
        Urgency = urgency;
        SupportCaseId = supportCaseId;
        Note = note;
        Status = RequestStatus.Requested;
        RequestedAt = requestedAt.UtcDateTime;
        RequestedOn = requestedOn;
    }

    public Guid Id { get; private set; }

    /// <summary>The requesting school; null when a cluster asks on behalf of its schools.</summary>
    public Guid? SchoolId { get; private set; }

    /// <summary>The requesting cluster, or the requesting school's cluster.</summary>
    public Guid ClusterId { get; private set; }

    public Guid AreaId { get; private set; }

    public bool IsClusterRequest => SchoolId is null;

    /// <summary>The schools that asked (<see cref="Requester.RequestingSchoolIds"/>): they, and no other school, may cancel.</summary>
    public IReadOnlyList<Guid> RequestingSchoolIds => _requestingSchoolIds;

    public bool IsRequestedByAny(IEnumerable<Guid> schoolIds) =>
        SchoolId is { } schoolId ? schoolIds.Contains(schoolId) : schoolIds.Any(_requestingSchoolIds.Contains);

    public Expertise Expertise { get; private set; }

    public decimal Hours { get; private set; }

    public Urgency Urgency { get; private set; }

    public Guid? SupportCaseId { get; private set; }

    public string? Note { get; private set; }

    public RequestStatus Status { get; private set; }

    /// <summary>UTC.</summary>
    public DateTime RequestedAt { get; private set; }

    /// <summary>The Amsterdam date of <see cref="RequestedAt"/>: no hours are logged before it.</summary>
    public DateOnly RequestedOn { get; private set; }

    public Guid? ProfessionalId { get; private set; }

    /// <summary>UTC.</summary>
    public DateTime? AssignedAt { get; private set; }

    public DateOnly? AssignedOn { get; private set; }

    /// <summary>From request to assignment, recorded once at assignment.</summary>
    public long? WaitingSeconds { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public DateOnly? CancelledOn { get; private set; }

    public string? CancellationReason { get; private set; }

    public IReadOnlyList<TimeEntry> TimeEntries => _timeEntries;

    public decimal HoursLogged => _timeEntries.Sum(e => e.Hours);

    /// <summary>What is still to be delivered; an assignment's share of its professional's load.</summary>
    public decimal HoursRemaining => Math.Max(0, Hours - HoursLogged);

    public static ExpertiseRequest Make(
        Guid id, Requester requester, Expertise expertise, decimal hours, Urgency urgency, Guid? supportCaseId, string? note, DateTimeOffset requestedAt, DateOnly requestedOn)
    {
        CheckRule(new RequestHoursRule(hours));
        return new ExpertiseRequest(id, requester, expertise, hours, urgency, supportCaseId, note, requestedAt, requestedOn);
    }

    /// <summary>
    /// The linked support case was erased at the end of its retention period (docs/adr/0015): the
    /// request keeps its hours and its place in the figures, but no longer names the case, and its
    /// note, written about that child's support, goes with it.
    /// </summary>
    public void ForgetSupportCase()
    {
        SupportCaseId = null;
        Note = null;
    }

    /// <summary>Assigns the professional a coordinator chose, after the same checks the best match passes.</summary>
    public Assignment Assign(Candidate candidate, DateTimeOffset at, DateOnly on)
    {
        CheckRule(new RequestClosedRule(Status));
        CheckRule(new RequestNotWaitingRule(Status));
        CheckRule(new ProfessionalActiveRule(candidate.Professional));
        CheckRule(new ProfessionalUnsuitableRule(candidate.Professional, Expertise, AreaId));
        CheckRule(new ProfessionalOverCapacityRule(candidate, Hours));
        var assignment = new Assignment(candidate.Professional.Id, at.UtcDateTime, Math.Max(0, (long)(at.UtcDateTime - RequestedAt).TotalSeconds));
        ProfessionalId = assignment.ProfessionalId;
        AssignedAt = assignment.AssignedAt;
        AssignedOn = on;
        WaitingSeconds = assignment.WaitingSeconds;
        Status = RequestStatus.Assigned;
        candidate.Professional.WorkloadChanged();
        return assignment;
    }

    /// <returns>The assignment of the professional chosen; the request stays waiting when nobody fits (<c>no-capacity</c>).</returns>
    public Assignment AssignBestMatch(IEnumerable<Candidate> candidates, DateTimeOffset at, DateOnly on)
    {
        CheckRule(new RequestClosedRule(Status));
        CheckRule(new RequestNotWaitingRule(Status));
        var best = ProfessionalMatching.BestMatch(this, candidates);
        CheckRule(new NoCapacityRule(best, Hours));
        return Assign(best!, at, on);
    }

    /// <param name="assignee">The assigned professional; null only when there is none, which the rules refuse.</param>
    /// <param name="loggedThatDay">What the professional already logged on <paramref name="on"/>, on any request.</param>
    /// <param name="yearClosed">Whether the area's budget for the school year of <paramref name="on"/> is closed.</param>
    public TimeEntry LogHours(Guid entryId, Professional? assignee, DateOnly on, decimal hours, decimal loggedThatDay, DateOnly today, DateTimeOffset at, bool yearClosed = false)
    {
        CheckRule(new RequestClosedRule(Status));
        CheckRule(new RequestNotAssignedRule(Status));
        if (assignee is null || assignee.Id != ProfessionalId)
        {
            throw new InvalidOperationException("Hours are logged by the assigned professional.");
        }

        CheckRule(new HoursDateRule(on, RequestedOn, today));
        CheckRule(new HoursInClosedYearRule(SchoolYear.Of(on), yearClosed));
        CheckRule(new WorkingDayRule(loggedThatDay, hours));
        CheckRule(new RequestHoursExceededRule(Hours, HoursLogged, hours));
        var entry = new TimeEntry(entryId, assignee.Id, on, hours, at.UtcDateTime);
        _timeEntries.Add(entry);
        assignee.WorkloadChanged();
        Raise(new ExpertiseRequestChanged(Id));
        return entry;
    }

    /// <returns>The professional whose assignment is completed.</returns>
    public Guid Complete(DateOnly on)
    {
        CheckRule(new RequestClosedRule(Status));
        CheckRule(new RequestNotAssignedRule(Status));
        Status = RequestStatus.Completed;
        CompletedOn = on;
        return ProfessionalId ?? throw new InvalidOperationException("An assigned request names its professional.");
    }

    public void Cancel(DateOnly on, string reason)
    {
        CheckRule(new RequestClosedRule(Status));
        Status = RequestStatus.Cancelled;
        CancelledOn = on;
        CancellationReason = reason;
    }
}
