using GeenKindDeBuurtUit.Neighbourhoods.Domain;

namespace GeenKindDeBuurtUit.Neighbourhoods.Application;

public interface IBoardRepository
{
    Task<Board?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<bool> NameTakenAsync(string name, CancellationToken cancellationToken);

    void Add(Board board);
}
