using GeenKindDeBuurtUit.Neighbourhoods.Domain;

namespace GeenKindDeBuurtUit.Neighbourhoods.Application;

public interface ISchoolRepository
{
    Task<School?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<bool> BrinTakenAsync(string brin, CancellationToken cancellationToken);

    Task<int> CountInClusterAsync(Guid clusterId, CancellationToken cancellationToken);

    /// <summary>How many schools the area holds: the next placeholder's number there.</summary>
    Task<int> CountInAreaAsync(Guid areaId, CancellationToken cancellationToken);

    void Add(School school);
}
