using GeenKindDeBuurtUit.Neighbourhoods.Domain;

namespace GeenKindDeBuurtUit.Neighbourhoods.Application;

public interface IAreaRepository
{
    /// <summary>An area a stored cluster points to; its foreign key guarantees it exists.</summary>
    Task<Area> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken);

    Task<bool> NameTakenAsync(string name, CancellationToken cancellationToken);

    void Add(Area area);
}
