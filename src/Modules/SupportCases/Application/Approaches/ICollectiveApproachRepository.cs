using GeenKindDeBuurtUit.SupportCases.Domain.Approaches;

namespace GeenKindDeBuurtUit.SupportCases.Application.Approaches;

public interface ICollectiveApproachRepository
{
    Task<CollectiveApproach?> FindAsync(Guid id, CancellationToken cancellationToken);

    void Add(CollectiveApproach approach);

    Task<(IReadOnlyList<CollectiveApproach> Items, int Total)> ListAsync(IReadOnlySet<Guid>? visibleSchools, int skip, int take, CancellationToken cancellationToken);
}
