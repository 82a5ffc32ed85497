using GeenKindDeBuurtUit.ExpertisePool.Domain.Requests;

namespace GeenKindDeBuurtUit.ExpertisePool.Application.Matching;

/// <summary>What a professional's load is computed from.</summary>
public interface IWorkloadQueries
{
    /// <summary>Requests assigned to these professionals that are still open or have hours logged on or after <paramref name="since"/>.</summary>
    Task<IReadOnlyList<ExpertiseRequest>> CommitmentsAsync(IReadOnlyCollection<Guid> professionalIds, DateOnly since, CancellationToken cancellationToken);

    /// <summary>Which of these professionals were ever assigned a request of this cluster.</summary>
    Task<IReadOnlySet<Guid>> ServedClusterAsync(IReadOnlyCollection<Guid> professionalIds, Guid clusterId, CancellationToken cancellationToken);

    /// <summary>The hours one professional logged on one date, on any request.</summary>
    Task<decimal> HoursLoggedOnAsync(Guid professionalId, DateOnly on, CancellationToken cancellationToken);
}
