using GeenKindDeBuurtUit.Monitoring.Application.Thuiszitters;

namespace GeenKindDeBuurtUit.Monitoring.Application.Trend;

/// <summary>Everything that happened at some schools, in every school year.</summary>
internal interface IAreaTrendQueries
{
    Task<IReadOnlyList<ThuiszitterPeriod>> ThuiszitterPeriodsAsync(IReadOnlyList<Guid> schools, CancellationToken cancellationToken);

    /// <summary>The day of each escalation, once per escalation.</summary>
    Task<IReadOnlyList<DateOnly>> EscalationDaysAsync(IReadOnlyList<Guid> schools, CancellationToken cancellationToken);

    Task<IReadOnlyList<OtMeeting>> OtMeetingsAsync(IReadOnlyList<Guid> schools, CancellationToken cancellationToken);

    /// <summary>The area's thuiszitters the SWV imported, per start year of the years in an import.</summary>
    Task<IReadOnlyDictionary<int, int>> ImportedThuiszittersAsync(Guid areaId, CancellationToken cancellationToken);
}

/// <param name="Decision">"stay" keeps a child in the neighbourhood, "refer" does not.</param>
internal sealed record OtMeeting(DateOnly HeldOn, string Decision);
