using GeenKindDeBuurtUit.ExpertisePool.Domain.Professionals;

namespace GeenKindDeBuurtUit.ExpertisePool.Domain.Matching;

/// <summary>A professional as matching sees them for one request: their load this week and whether they served the request's cluster before.</summary>
public sealed record Candidate(Professional Professional, Workload Workload, bool HasServedCluster)
{
    public decimal CapacityLeft => Professional.HoursPerWeek - Workload.Total;

    public bool HasRoomFor(decimal hours) => CapacityLeft >= hours;
}
