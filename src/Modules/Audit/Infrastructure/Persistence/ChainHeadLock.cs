using GeenKindDeBuurtUit.Audit.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace GeenKindDeBuurtUit.Audit.Infrastructure.Persistence;

internal static class ChainHeadLock
{
    /// <summary>
    /// PostgreSQL: the head, read with <c>FOR UPDATE</c> in the caller's transaction. An appender on
    /// another host that reads it meanwhile waits until that transaction ends, then reads the head it
    /// left (docs/adr/0041). The names come from the model, as the migrations created them.
    /// </summary>
    public static async Task<ChainHead?> LockHeadAsync(this AuditDbContext db)
    {
        var head = db.Model.FindEntityType(typeof(ChainHead))!;
        var table = StoreObjectIdentifier.Table(head.GetTableName()!, head.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var id = sql.DelimitIdentifier(head.FindProperty(nameof(ChainHead.Id))!.GetColumnName(table)!);
        var statement = $"SELECT * FROM {sql.DelimitIdentifier(table.Name, table.Schema)} WHERE {id} = {{0}} FOR UPDATE";

        // Not composed (no SingleOrDefault on the query): EF would wrap the locking read in a subquery.
        var heads = await db.Heads.FromSqlRaw(statement, ChainHead.SingletonId).ToListAsync();
        return heads.SingleOrDefault();
    }
}
