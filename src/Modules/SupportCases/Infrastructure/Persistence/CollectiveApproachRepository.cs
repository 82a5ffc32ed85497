using GeenKindDeBuurtUit.SupportCases.Application.Approaches;
using GeenKindDeBuurtUit.SupportCases.Domain.Approaches;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.SupportCases.Infrastructure.Persistence;

internal sealed class CollectiveApproachRepository(SupportCasesDbContext db) : ICollectiveApproachRepository
{
    public Task<CollectiveApproach?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.CollectiveApproaches.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    public void Add(CollectiveApproach approach) => db.CollectiveApproaches.Add(approach);

    public async Task<(IReadOnlyList<CollectiveApproach> Items, int Total)> ListAsync(IReadOnlySet<Guid>? visibleSchools, int skip, int take, CancellationToken cancellationToken)
    {
        var approaches = db.CollectiveApproaches.AsNoTracking();
        if (visibleSchools is not null)
        {
            var schoolIds = visibleSchools.ToList();
            approaches = approaches.Where(a => a.SchoolIds.Any(id => schoolIds.Contains(id)));
        }

        var total = await approaches.CountAsync(cancellationToken);
        var items = await approaches.OrderBy(a => a.StartsOn).ThenBy(a => a.Name).ThenBy(a => a.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (items, total);
    }
}
