using GeenKindDeBuurtUit.Neighbourhoods.Domain;

namespace GeenKindDeBuurtUit.Neighbourhoods.Application;

public interface IClusterRepository
{
    Task<Cluster?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<bool> NameTakenAsync(Guid areaId, string name, CancellationToken cancellationToken);

    void Add(Cluster cluster);
}
