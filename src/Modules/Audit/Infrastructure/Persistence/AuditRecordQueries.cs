using System.Runtime.CompilerServices;
using GeenKindDeBuurtUit.Audit.Application;
using GeenKindDeBuurtUit.Audit.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Audit.Infrastructure.Persistence;

internal sealed class AuditRecordQueries(AuditDbContext db) : IAuditRecordQueries
{
    public async Task<(IReadOnlyList<AuditRecord> Records, int Total)> ListAsync(AuditRecordFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        var records = db.Records.AsNoTracking();
        if (filter.ObjectId is { } objectId)
        {
            records = records.Where(r => r.ObjectId == objectId);
        }

        if (filter.Actor is { } actor)
        {
            records = records.Where(r => r.Actor == actor);
        }

        if (filter.From is { } from)
        {
            records = records.Where(r => r.RecordedAt >= from);
        }

        if (filter.Before is { } before)
        {
            records = records.Where(r => r.RecordedAt < before);
        }

        var total = await records.CountAsync(cancellationToken);
        var items = await records.OrderByDescending(r => r.Sequence).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return (items, total);
    }

    public Task<ChainHead?> FindHeadAsync(CancellationToken cancellationToken) =>
        db.Heads.AsNoTracking().SingleOrDefaultAsync(h => h.Id == ChainHead.SingletonId, cancellationToken);

    public async IAsyncEnumerable<AuditRecord> UpToAsync(long sequence, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var records = db.Records.AsNoTracking().Where(r => r.Sequence <= sequence).OrderBy(r => r.Sequence);
        await foreach (var record in records.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return record;
        }
    }
}
