using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.SupportCases.Application.History;

/// <summary>The imported years of one kind (referrals, thuiszitters), one aggregate per school year.</summary>
public interface IHistoryRepository<THistory>
    where THistory : AggregateRoot
{
    Task<THistory?> FindAsync(SchoolYear year, CancellationToken cancellationToken);

    void Add(THistory history);
}
