using System.Data;
using System.Data.Common;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GeenKindDeBuurtUit.Platform.Idempotency;

/// <summary>
/// The key a request holds, as a fence on every module commit of that request (docs/adr/0019).
/// In the module's own transaction the key's row is marked "effect committed", on condition that
/// the request still holds the claim: a request overtaken by a retry after its lease ran out
/// saves nothing, and a key whose effect is committed is never run again.
/// </summary>
public sealed class IdempotencyFence(TimeProvider clock, IOptions<IdempotencyOptions> options) : ICommitFence
{
    private static readonly string SqliteMark = MarkSql($"[{IdempotencyDbContext.SqliteTable}]");

    private static readonly string SqlServerMark = MarkSql($"[{IdempotencyDbContext.SchemaName}].[{IdempotencyDbContext.Table}]");

    private static readonly string PostgreSqlMark = PostgreSqlMarkSql();

    private Held? _held;

    public bool IsRaised => _held is not null;

    /// <summary>A commit of this request has gone through the fence and committed.</summary>
    public bool EffectCommitted { get; private set; }

    /// <summary>A commit of this request found its claim taken over; nothing of that commit was saved.</summary>
    public bool TakenOver { get; private set; }

    public void Raise(string caller, string key, Guid claimToken)
    {
        _held = new Held(caller, key, claimToken);
        EffectCommitted = false;
        TakenOver = false;
    }

    /// <summary>Lowered before the answer is written, so what runs then (the audit trail) is not fenced.</summary>
    public void Lower() => _held = null;

    public async Task EnterAsync(DbContext context, CancellationToken cancellationToken)
    {
        var held = _held ?? throw new InvalidOperationException("The fence is not raised.");
        var now = clock.GetUtcNow().UtcDateTime;

        // The first aggregate this commit adds: what a retry that cannot be replayed points to.
        var added = context.ChangeTracker.Entries<AggregateRoot>().FirstOrDefault(e => e.State == EntityState.Added);
        var aggregate = added?.Metadata.ClrType.Name;
        var aggregateId = added is null ? null : string.Join(",", added.Metadata.FindPrimaryKey()!.Properties.Select(p => added.Property(p.Name).CurrentValue));
        var marked = await context.Database.ExecuteSqlRawAsync(
            context.Database.RunsOnSqlite() ? SqliteMark : context.Database.RunsOnPostgreSql() ? PostgreSqlMark : SqlServerMark,
            [now, Text(context, aggregate), Text(context, aggregateId), now + options.Value.InFlightLease, held.Caller, held.Key, held.ClaimToken],
            cancellationToken);
        if (marked == 0)
        {
            TakenOver = true;
            throw new CommitFenceLostException(
                $"The request ran longer than its Idempotency-Key's lease ({options.Value.InFlightLease}) and a retry took the key over; its change is not saved.");
        }
    }

    public void Committed() => EffectCommitted = true;

    // A commit that only changes existing records adds no aggregate, so these are null. EF Core
    // types a raw SQL value by its CLR type and has no mapping for DBNull: a null goes as a typed
    // parameter of the provider's own.
    private static DbParameter Text(DbContext context, string? value)
    {
        var parameter = DbProviderFactories.GetFactory(context.Database.GetDbConnection())!.CreateParameter()!;
        parameter.DbType = DbType.String;
        parameter.Value = (object?)value ?? DBNull.Value;
        return parameter;
    }

    // Raw SQL in the module's transaction: the key table is in the same database but not in the
    // module's model. The first commit's time and aggregate stay; every commit renews the lease, so
    // the answer can still be stored before a retry calls it lost. The casts keep SQL Server on the
    // primary key's index (its columns are varchar; a string parameter is nvarchar).
    private static string MarkSql(string table) => $$"""
        UPDATE {{table}}
        SET [{{nameof(IdempotencyRecord.EffectCommittedAt)}}] = COALESCE([{{nameof(IdempotencyRecord.EffectCommittedAt)}}], {0}),
            [{{nameof(IdempotencyRecord.EffectAggregate)}}] = COALESCE([{{nameof(IdempotencyRecord.EffectAggregate)}}], {1}),
            [{{nameof(IdempotencyRecord.EffectAggregateId)}}] = COALESCE([{{nameof(IdempotencyRecord.EffectAggregateId)}}], {2}),
            [{{nameof(IdempotencyRecord.LockedUntil)}}] = {3}
        WHERE [{{nameof(IdempotencyRecord.Caller)}}] = CAST({4} AS varchar({{IdempotencyDbContext.CallerLength}}))
          AND [{{nameof(IdempotencyRecord.Key)}}] = CAST({5} AS varchar({{IdempotencyKeyHeader.MaxLength}}))
          AND [{{nameof(IdempotencyRecord.ClaimToken)}}] = {6}
        """;

    // The same statement in the standard's quoting; PostgreSQL folds unquoted names to lower case,
    // and its key columns compare as text without a cast.
    private static string PostgreSqlMarkSql() => $$"""
        UPDATE "{{IdempotencyDbContext.SchemaName}}"."{{IdempotencyDbContext.Table}}"
        SET "{{nameof(IdempotencyRecord.EffectCommittedAt)}}" = COALESCE("{{nameof(IdempotencyRecord.EffectCommittedAt)}}", {0}),
            "{{nameof(IdempotencyRecord.EffectAggregate)}}" = COALESCE("{{nameof(IdempotencyRecord.EffectAggregate)}}", {1}),
            "{{nameof(IdempotencyRecord.EffectAggregateId)}}" = COALESCE("{{nameof(IdempotencyRecord.EffectAggregateId)}}", {2}),
            "{{nameof(IdempotencyRecord.LockedUntil)}}" = {3}
        WHERE "{{nameof(IdempotencyRecord.Caller)}}" = {4}
          AND "{{nameof(IdempotencyRecord.Key)}}" = {5}
          AND "{{nameof(IdempotencyRecord.ClaimToken)}}" = {6}
        """;

    private sealed record Held(string Caller, string Key, Guid ClaimToken);
}
