using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.Monitoring.Application.Observations;
using GeenKindDeBuurtUit.Monitoring.Domain.Observations;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Persistence;

internal sealed class ObservationQueries(MonitoringDbContext db) : IObservationQueries
{
    public Task<Observation?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Observations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);

    public async Task<(IReadOnlyList<Observation> Items, int Total)> PageAsync(ObservationFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        var observations = db.Observations.AsNoTracking();
        if (filter.Principle is { } principle)
        {
            var bit = GuidingPrinciples.Bit(principle);
            observations = observations.Where(o => (o.PrincipleMask & bit) != 0);
        }

        if (filter.AreaId is { } area)
        {
            observations = observations.Where(o => o.AreaId == area);
        }

        if (filter.From is { } from)
        {
            observations = observations.Where(o => o.On >= from);
        }

        if (filter.To is { } to)
        {
            observations = observations.Where(o => o.On <= to);
        }

        var total = await observations.CountAsync(cancellationToken);
        var items = await observations.OrderByDescending(o => o.On).ThenByDescending(o => o.RecordedAt).ThenBy(o => o.Id)
            .Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return (items, total);
    }
}
