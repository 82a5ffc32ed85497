namespace GeenKindDeBuurtUit.Monitoring.Application.Pool;

internal interface IExpertiseQueries
{
    /// <summary>The requests made from <paramref name="from"/> up to (not including) <paramref name="to"/>, UTC.</summary>
    Task<IReadOnlyList<ExpertiseRequestRow>> RequestsAsync(DateTime from, DateTime to, CancellationToken cancellationToken);

    /// <summary>The hours worked on the days from <paramref name="first"/> to <paramref name="last"/>.</summary>
    Task<IReadOnlyList<ExpertiseHoursRow>> HoursAsync(DateOnly first, DateOnly last, CancellationToken cancellationToken);
}

/// <param name="WaitingSeconds">From the request to its professional; null until it has one.</param>
/// <param name="IsWaiting">Asked for and not yet given a professional, nor completed or cancelled.</param>
internal sealed record ExpertiseRequestRow(Guid AreaId, string Expertise, long? WaitingSeconds, bool IsWaiting);

internal sealed record ExpertiseHoursRow(Guid AreaId, string Expertise, decimal Hours);
