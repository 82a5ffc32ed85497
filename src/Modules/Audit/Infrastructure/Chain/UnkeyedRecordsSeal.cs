using GeenKindDeBuurtUit.Audit.Domain;
using GeenKindDeBuurtUit.Audit.Infrastructure.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GeenKindDeBuurtUit.Audit.Infrastructure.Chain;

/// <summary>
/// Carries a chain written before there was a key over (docs/adr/0035): after the migration that
/// marked where the unkeyed records end, a start checks them as they were checked before (SHA-256)
/// and seals them under the key. A broken unkeyed part is not sealed: the verification then keeps
/// saying so. Outside Development only when the operator says so for that start
/// (<see cref="SealSetting"/>): someone with only the database can make any chain look unkeyed,
/// and a host that sealed whatever it found would seal their rewrite too.
/// </summary>
internal sealed partial class UnkeyedRecordsSeal(AuditDbContext db, ChainKey key, IHostEnvironment environment, IConfiguration configuration, ILogger<UnkeyedRecordsSeal> logger)
    : IModuleStartupTask
{
    public const string SealSetting = "Audit:SealUnkeyedRecords";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var head = await db.Heads.SingleOrDefaultAsync(h => h.Id == ChainHead.SingletonId, cancellationToken);
        if (head is not { AwaitsSeal: true })
        {
            return;
        }

        if (!environment.IsDevelopment() && !configuration.GetValue<bool>(SealSetting))
        {
            throw new InvalidOperationException(
                $"The audit chain holds {head.UnkeyedUntil} record(s) hashed before it had a key and not yet sealed under Audit:ChainKey. "
                + $"After the upgrade that brought the key, start once with {SealSetting}=true to seal them, then remove the setting (docs/operations.md). "
                + "If no such upgrade just ran, someone rewrote the chain's marker in the database: verify the trail before sealing anything.");
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
