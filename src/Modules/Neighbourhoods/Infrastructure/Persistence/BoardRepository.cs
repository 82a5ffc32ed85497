using GeenKindDeBuurtUit.Neighbourhoods.Application;
using GeenKindDeBuurtUit.Neighbourhoods.Domain;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Neighbourhoods.Infrastructure.Persistence;

internal sealed class BoardRepository(NeighbourhoodsDbContext db) : IBoardRepository
{
    public Task<Board?> FindAsync(Guid id, CancellationToken cancellationToken) => db.Boards.SingleOrDefaultAsync(b => b.Id == id, cancellationToken);

    public Task<bool> NameTakenAsync(string name, CancellationToken cancellationToken) => db.Boards.AnyAsync(b => b.Name == name, cancellationToken);

    public void Add(Board board) => db.Boards.Add(board);
}
