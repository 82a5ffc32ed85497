using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.SupportCases.Application.History;
using GeenKindDeBuurtUit.SupportCases.Domain.History;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.SupportCases.Infrastructure.Persistence;

internal sealed class HistoryRepository<THistory, TRow>(SupportCasesDbContext db) : IHistoryRepository<THistory>
    where THistory : ImportedHistory<TRow>
    where TRow : class, IHistoryRow<TRow>
{
    public Task<THistory?> FindAsync(SchoolYear year, CancellationToken cancellationToken) =>
        db.Set<THistory>().SingleOrDefaultAsync(h => h.SchoolYearStart == year.StartYear, cancellationToken);

    public void Add(THistory history) => db.Set<THistory>().Add(history);
}
