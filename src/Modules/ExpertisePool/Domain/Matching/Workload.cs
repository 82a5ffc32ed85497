using GeenKindDeBuurtUit.ExpertisePool.Domain.Requests;

namespace GeenKindDeBuurtUit.ExpertisePool.Domain.Matching;

/// <summary>
/// A professional's load in one week (ADR 0011): the hours logged in that week on any request,
/// plus the hours still to be delivered on open assignments, all counted in the current week.
/// </summary>
public sealed record Workload(decimal LoggedInWeek, decimal OpenHours)
{
    public static readonly Workload None = new(0, 0);

    public decimal Total => LoggedInWeek + OpenHours;

    /// <param name="requests">Requests assigned to the professional; others are ignored.</param>
    public static Workload Of(Guid professionalId, IEnumerable<ExpertiseRequest> requests, IsoWeek week)
    {
        var theirs = requests.Where(r => r.ProfessionalId == professionalId).ToList();
        var open = theirs.Where(r => r.Status == RequestStatus.Assigned).Sum(r => r.HoursRemaining);
        return new Workload(LoggedIn(professionalId, theirs, week), open);
    }

    public static decimal LoggedIn(Guid professionalId, IEnumerable<ExpertiseRequest> requests, IsoWeek week) =>
        requests.SelectMany(r => r.TimeEntries).Where(e => e.ProfessionalId == professionalId && week.Contains(e.On)).Sum(e => e.Hours);
}
