using GeenKindDeBuurtUit.Neighbourhoods.Domain;

namespace GeenKindDeBuurtUit.Neighbourhoods.Application;

/// <summary>Reads for answers that change nothing: untracked, ordered by name.</summary>
public interface IReferenceDataQueries
{
    Task<IReadOnlyList<AreaDto>> AreasAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<BoardDto>> BoardsAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<ClusterDto>> ClustersAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<SchoolDto>> SchoolsAsync(CancellationToken cancellationToken);

    Task<School?> FindSchoolAsync(Guid id, CancellationToken cancellationToken);
}
