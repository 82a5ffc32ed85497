using GeenKindDeBuurtUit.Audit.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GeenKindDeBuurtUit.Audit.Infrastructure;

/// <summary>
/// Carries a chain written before there was a key over (docs/adr/0035): after the migration that
/// marked where the unkeyed records end, the first start checks them as they were checked before
/// (SHA-256) and seals them under the key. A broken unkeyed part is not sealed: the verification
/// then keeps saying so.
/// </summary>
internal sealed partial class UnkeyedRecordsSeal(AuditDbContext db, ChainKey key, ILogger<UnkeyedRecordsSeal> logger) : IModuleStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var head = await db.Heads.SingleOrDefaultAsync(h => h.Id == ChainHead.SingletonId, cancellationToken);
        if (head is not { AwaitsSeal: true })
        {
            return;
        }

        var walk = new ChainWalk(key, head.UnkeyedUntil);
        var records = db.Records.AsNoTracking().Where(r => r.Sequence <= head.UnkeyedUntil).OrderBy(r => r.Sequence);
        await foreach (var record in records.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            walk.Add(record);
        }

        if (!walk.UnkeyedPartHolds || walk.LastUnkeyedHash is not { } lastHash)
        {
            LogNotSealed(head.UnkeyedUntil);
            return;
        }

        head.SealUnkeyed(key, lastHash);
        await db.SaveChangesAsync(cancellationToken);
        LogSealed(head.UnkeyedUntil);
    }

    // Once in an installation's life: seen again, someone rewrote the chain's unkeyed part and its marker.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Audit chain: records 1 to {UnkeyedUntil}, hashed before the chain had a key, are now sealed under Audit:ChainKey")]
    private partial void LogSealed(long unkeyedUntil);

    [LoggerMessage(Level = LogLevel.Error, Message = "Audit chain: records 1 to {UnkeyedUntil}, hashed before the chain had a key, do not form a valid chain; they are not sealed and the verification reports the chain broken")]
    private partial void LogNotSealed(long unkeyedUntil);
}
