using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Platform.Idempotency;

/// <summary>
/// The platform's own small database context for idempotency keys: not a module (it has no
/// behaviour, events or outbox), but migrated and health-checked like one (docs/adr/0016).
/// </summary>
public sealed class IdempotencyDbContext(DbContextOptions<IdempotencyDbContext> options) : DbContext(options)
{
    public const string Name = "Idempotency";
    public const string SchemaName = "idempotency";

    /// <summary>The key table, also written in raw SQL by <see cref="IdempotencyFence"/> inside a module's transaction.</summary>
    public const string Table = "keys";

    public const string SqliteTable = $"{SchemaName}_{Table}";

    public const int CallerLength = 64;

    public DbSet<IdempotencyRecord> Keys => Set<IdempotencyRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var sqlite = Database.RunsOnSqlite();
        if (!sqlite)
        {
            modelBuilder.HasDefaultSchema(SchemaName);
        }

        var key = modelBuilder.Entity<IdempotencyRecord>();

        // SQLite has no schemas: the table carries the prefix, as every module's tables do.
        key.ToTable(sqlite ? SqliteTable : Table);
        key.HasKey(r => new { r.Caller, r.Key });
        key.Property(r => r.Caller).HasMaxLength(CallerLength).IsUnicode(false);
        key.Property(r => r.Key).HasMaxLength(IdempotencyKeyHeader.MaxLength).IsUnicode(false);
        key.Property(r => r.Fingerprint).HasMaxLength(64).IsUnicode(false);
        key.Property(r => r.ContentType).HasMaxLength(200);
        key.Property(r => r.Location).HasMaxLength(2000);
        key.Property(r => r.ETag).HasMaxLength(200);
        key.Property(r => r.EffectAggregate).HasMaxLength(100);
        key.Property(r => r.EffectAggregateId).HasMaxLength(200);
        key.HasIndex(r => r.ExpiresAt);
    }
}
