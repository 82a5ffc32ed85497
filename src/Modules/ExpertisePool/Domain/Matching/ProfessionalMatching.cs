using GeenKindDeBuurtUit.ExpertisePool.Domain.Requests;

namespace GeenKindDeBuurtUit.ExpertisePool.Domain.Matching;

/// <summary>
/// The best match for a request (ADR 0011). Fits: active, has the expertise, serves the request's
/// area, has room for the request's hours this week. Among those: the least loaded relative to
/// their weekly hours; on a tie who served the request's cluster before; then by name and id, so
/// the same situation always gives the same professional.
/// </summary>
public static class ProfessionalMatching
{
    public static bool Fits(Candidate candidate, ExpertiseRequest request) =>
        candidate.Professional.IsActive
        && candidate.Professional.Offers(request.Expertise)
        && candidate.Professional.Serves(request.AreaId)
        && candidate.HasRoomFor(request.Hours);

    public static Candidate? BestMatch(ExpertiseRequest request, IEnumerable<Candidate> candidates) =>
        candidates.Where(c => Fits(c, request)).Order(LeastLoadedFirst.Instance).FirstOrDefault();

    private sealed class LeastLoadedFirst : IComparer<Candidate>
    {
        public static readonly LeastLoadedFirst Instance = new();

        public int Compare(Candidate? x, Candidate? y)
        {
            ArgumentNullException.ThrowIfNull(x);
            ArgumentNullException.ThrowIfNull(y);

            // load ÷ hours per week, compared without dividing so that equal shares tie exactly.
            var share = (x.Workload.Total * y.Professional.HoursPerWeek).CompareTo(y.Workload.Total * x.Professional.HoursPerWeek);
            if (share != 0)
            {
                return share;
            }

            var served = y.HasServedCluster.CompareTo(x.HasServedCluster);
            if (served != 0)
            {
                return served;
            }

            var name = string.CompareOrdinal(x.Professional.Name, y.Professional.Name);
            return name != 0 ? name : x.Professional.Id.CompareTo(y.Professional.Id);
        }
    }
}
