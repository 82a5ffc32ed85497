using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.SchoolMap;

internal static class KnownNames
{
    /// <summary>Keeps the names an event carries, the newest winning; a missing name (an older event) changes nothing.</summary>
    public static async Task RememberNamesAsync(this CollectiveBudgetDbContext db, IEnumerable<(Guid Id, string? Name)> names, CancellationToken cancellationToken)
    {
        foreach (var (id, name) in names.Where(n => !string.IsNullOrWhiteSpace(n.Name)))
        {
            if (await db.Set<KnownName>().FindAsync([id], cancellationToken) is { } known)
            {
                known.Name = name!;
            }
            else
            {
                db.Set<KnownName>().Add(new KnownName(id, name!));
            }
        }
    }

    public static async Task<IReadOnlyDictionary<Guid, string>> NamesOfAsync(this CollectiveBudgetDbContext db, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Set<KnownName>().AsNoTracking().Where(n => wanted.Contains(n.Id)).ToDictionaryAsync(n => n.Id, n => n.Name, cancellationToken);
    }
}
