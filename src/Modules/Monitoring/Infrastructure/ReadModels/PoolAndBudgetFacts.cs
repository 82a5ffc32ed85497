namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;

/// <summary>
/// One expertise request as the pool reported it. Each event sets only its own facts, so the
/// order they arrive in does not matter.
/// </summary>
internal sealed class ExpertiseRequestFact
{
    private ExpertiseRequestFact()
    {
        Expertise = string.Empty;
    }

    public Guid RequestId { get; private set; }

    public Guid AreaId { get; private set; }

    public string Expertise { get; private set; }

    public DateTime? RequestedAt { get; private set; }

    public DateTime? AssignedAt { get; private set; }

    public long? WaitingSeconds { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public static ExpertiseRequestFact For(Guid requestId, Guid areaId, string expertise) =>
        new() { RequestId = requestId, AreaId = areaId, Expertise = expertise };

    public void Requested(DateTime at) => RequestedAt = at;

    public void Assigned(DateTime requestedAt, DateTime assignedAt, long waitingSeconds) =>
        (RequestedAt, AssignedAt, WaitingSeconds) = (requestedAt, assignedAt, waitingSeconds);

    public void Closed(DateOnly on) => ClosedOn = on;

    /// <summary>Asked for and not yet given a professional, nor completed or cancelled.</summary>
    public bool IsWaiting => AssignedAt is null && ClosedOn is null;
}

/// <summary>Hours worked on one date, keyed by the pool's entry id.</summary>
internal sealed record ExpertiseHoursFact(Guid EntryId, Guid AreaId, string Expertise, DateOnly On, decimal Hours);

/// <summary>An area's pooled budget for one school year as last recalculated; an older report never overwrites a newer one.</summary>
internal sealed class BudgetFact
{
    private BudgetFact()
    {
    }

    public int SchoolYearStart { get; private set; }

    public Guid AreaId { get; private set; }

    public decimal Pooled { get; private set; }

    public decimal FreedFunds { get; private set; }

    public decimal Allocated { get; private set; }

    public decimal Spent { get; private set; }

    public DateTime AsOf { get; private set; }

    public static BudgetFact For(int schoolYearStart, Guid areaId) => new() { SchoolYearStart = schoolYearStart, AreaId = areaId, AsOf = DateTime.MinValue };

    public void Report(decimal pooled, decimal freedFunds, decimal allocated, decimal spent, DateTime asOf)
    {
        if (asOf >= AsOf)
        {
            (Pooled, FreedFunds, Allocated, Spent, AsOf) = (pooled, freedFunds, allocated, spent, asOf);
        }
    }
}
