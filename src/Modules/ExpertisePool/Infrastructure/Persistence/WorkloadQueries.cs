using GeenKindDeBuurtUit.ExpertisePool.Application.Matching;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.ExpertisePool.Infrastructure.Persistence;

/// <summary>Hours are summed in memory: SQLite cannot sum decimals, and the sets are one professional's week (ADR 0011).</summary>
internal sealed class WorkloadQueries(ExpertisePoolDbContext db) : IWorkloadQueries
{
    public async Task<IReadOnlyList<ExpertiseRequest>> CommitmentsAsync(IReadOnlyCollection<Guid> professionalIds, DateOnly since, CancellationToken cancellationToken)
    {
        var ids = professionalIds.ToList();
        return await db.Requests.AsNoTracking()
            .Where(r => r.ProfessionalId != null && ids.Contains(r.ProfessionalId.Value)
                && (r.Status == RequestStatus.Assigned || r.TimeEntries.Any(e => e.On >= since)))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlySet<Guid>> ServedClusterAsync(IReadOnlyCollection<Guid> professionalIds, Guid clusterId, CancellationToken cancellationToken)
    {
        var ids = professionalIds.ToList();
        var served = await db.Requests
            .Where(r => r.ProfessionalId != null && ids.Contains(r.ProfessionalId.Value) && r.ClusterId == clusterId)
            .Select(r => r.ProfessionalId!.Value).Distinct().ToListAsync(cancellationToken);
        return served.ToHashSet();
    }

    public async Task<decimal> HoursLoggedOnAsync(Guid professionalId, DateOnly on, CancellationToken cancellationToken)
    {
        var requests = await db.Requests.AsNoTracking()
            .Where(r => r.TimeEntries.Any(e => e.ProfessionalId == professionalId && e.On == on))
            .ToListAsync(cancellationToken);
        return requests.SelectMany(r => r.TimeEntries).Where(e => e.ProfessionalId == professionalId && e.On == on).Sum(e => e.Hours);
    }
}
