using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.Monitoring.Domain.Observations;

namespace GeenKindDeBuurtUit.Monitoring.Application.Observations;

/// <summary>Observations read untracked: a change to them is never saved.</summary>
internal interface IObservationQueries
{
    Task<Observation?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>One page of the observations that pass the filter, newest first, and how many pass it.</summary>
    Task<(IReadOnlyList<Observation> Items, int Total)> PageAsync(ObservationFilter filter, PageRequest page, CancellationToken cancellationToken);
}

/// <param name="AreaId">A cluster's observations count for its area.</param>
internal sealed record ObservationFilter(int? Principle, Guid? AreaId, DateOnly? From, DateOnly? To);
