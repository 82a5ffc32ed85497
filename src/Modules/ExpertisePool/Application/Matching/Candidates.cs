using GeenKindDeBuurtUit.ExpertisePool.Application.Professionals;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Matching;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Professionals;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Requests;

namespace GeenKindDeBuurtUit.ExpertisePool.Application.Matching;

/// <summary>Gathers professionals with their load this week, so that the domain can match or check a choice.</summary>
internal sealed class Candidates(IProfessionalRepository professionals, IWorkloadQueries workloads, TimeProvider clock)
{
    /// <summary>Everyone who might fit; the domain decides who does.</summary>
    public async Task<IReadOnlyList<Candidate>> ForAsync(ExpertiseRequest request, CancellationToken cancellationToken)
    {
        var suitable = await professionals.ListActiveAsync(request.Expertise, request.AreaId, cancellationToken);
        return await WithWorkloadAsync(suitable, request.ClusterId, cancellationToken);
    }

    public async Task<Candidate> ForAsync(Professional professional, ExpertiseRequest request, CancellationToken cancellationToken) =>
        (await WithWorkloadAsync([professional], request.ClusterId, cancellationToken))[0];

    private async Task<IReadOnlyList<Candidate>> WithWorkloadAsync(IReadOnlyList<Professional> candidates, Guid clusterId, CancellationToken cancellationToken)
    {
        if (candidates.Count == 0)
        {
            return [];
        }

        var week = PoolCalendar.CurrentWeek(clock);
        var ids = candidates.Select(p => p.Id).ToList();
        var commitments = await workloads.CommitmentsAsync(ids, week.Monday, cancellationToken);
        var served = await workloads.ServedClusterAsync(ids, clusterId, cancellationToken);
        return candidates.Select(p => new Candidate(p, Workload.Of(p.Id, commitments, week), served.Contains(p.Id))).ToList();
    }
}
