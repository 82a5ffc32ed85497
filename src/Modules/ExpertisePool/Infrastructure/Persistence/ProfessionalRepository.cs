using GeenKindDeBuurtUit.ExpertisePool.Application.Professionals;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Professionals;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.ExpertisePool.Infrastructure.Persistence;

internal sealed class ProfessionalRepository(ExpertisePoolDbContext db) : IProfessionalRepository
{
    public Task<Professional?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Professionals.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    public void Add(Professional professional) => db.Professionals.Add(professional);

    public async Task<IReadOnlyList<Professional>> ListActiveAsync(Expertise expertise, Guid areaId, CancellationToken cancellationToken) =>
        await db.Professionals.Where(p => p.IsActive && p.Expertise.Contains(expertise) && p.AreaIds.Contains(areaId)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ProfessionalName>> ListNamesAsync(CancellationToken cancellationToken) =>
        await db.Professionals.AsNoTracking().Select(p => new ProfessionalName(p.Id, p.Name, p.Organisation)).ToListAsync(cancellationToken);

    public async Task<(IReadOnlyList<Professional> Items, int Total)> ListAsync(ProfessionalFilter filter, int skip, int take, CancellationToken cancellationToken)
    {
        var professionals = db.Professionals.AsNoTracking();
        if (filter.Expertise is { } expertise)
        {
            professionals = professionals.Where(p => p.Expertise.Contains(expertise));
        }

        if (filter.AreaId is { } areaId)
        {
            professionals = professionals.Where(p => p.AreaIds.Contains(areaId));
        }

        if (filter.Active is { } active)
        {
            professionals = professionals.Where(p => p.IsActive == active);
        }

        var total = await professionals.CountAsync(cancellationToken);
        var items = await professionals.OrderBy(p => p.Name).ThenBy(p => p.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (items, total);
    }
}
