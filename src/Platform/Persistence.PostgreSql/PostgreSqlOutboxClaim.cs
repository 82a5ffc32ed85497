using System.Collections.Concurrent;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Platform.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace GeenKindDeBuurtUit.Platform.Persistence.PostgreSql;

/// <summary>
/// The relay's batch claim in PostgreSQL's form (docs/adr/0041): the batch is chosen with
/// <c>FOR UPDATE SKIP LOCKED</c>, so a relay on another host passes over the rows this one is
/// claiming and takes the next ones, instead of waiting for this claim to commit and then finding
/// its own batch gone. A row another claim committed meanwhile is checked again against the
/// condition once locked, and left out: two relays never lease one message.
/// </summary>
public sealed class PostgreSqlOutboxClaim : IOutboxClaim
{
    // One statement per module context: each module has its outbox in its own schema.
    private readonly ConcurrentDictionary<Type, string> _statements = new();

    public Task<int> ClaimAsync(ModuleDbContext context, DateTime now, DateTime leaseEnd, string instance, int batchSize, CancellationToken cancellationToken) =>
        context.Database.ExecuteSqlRawAsync(_statements.GetOrAdd(context.GetType(), _ => Statement(context)), [now, leaseEnd, instance, batchSize], cancellationToken);

    /// <summary>The names come from the context's model, as its migrations created them.</summary>
    private static string Statement(ModuleDbContext context)
    {
        var outbox = context.Model.FindEntityType(typeof(OutboxMessage))!;
        var table = StoreObjectIdentifier.Table(outbox.GetTableName()!, outbox.GetSchema());
        var sql = context.GetService<ISqlGenerationHelper>();
        string Column(string property) => sql.DelimitIdentifier(outbox.FindProperty(property)!.GetColumnName(table)!);
        var name = sql.DelimitIdentifier(table.Name, table.Schema);
        var (id, lockedUntil, nextAttemptAt) = (Column(nameof(OutboxMessage.Id)), Column(nameof(OutboxMessage.LockedUntil)), Column(nameof(OutboxMessage.NextAttemptAt)));
        return $$"""
            UPDATE {{name}} SET {{lockedUntil}} = {1}, {{Column(nameof(OutboxMessage.LockedBy))}} = {2}
            WHERE {{id}} IN (
                SELECT {{id}} FROM {{name}}
                WHERE {{Column(nameof(OutboxMessage.ProcessedAt))}} IS NULL
                  AND ({{nextAttemptAt}} IS NULL OR {{nextAttemptAt}} <= {0})
                  AND ({{lockedUntil}} IS NULL OR {{lockedUntil}} < {0})
                ORDER BY {{Column(nameof(OutboxMessage.OccurredAt))}}
                LIMIT {3}
                FOR UPDATE SKIP LOCKED)
            """;
    }
}
