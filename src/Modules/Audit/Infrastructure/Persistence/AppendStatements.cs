using System.Data.Common;
using GeenKindDeBuurtUit.Audit.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace GeenKindDeBuurtUit.Audit.Infrastructure.Persistence;

/// <summary>
/// The statements an append runs, built once per kept connection from the model (names as the
/// migrations created them, parameters typed as EF types them) and then executed again and again:
/// SQLite keeps a command's compiled statement while its text stays, PostgreSQL prepares them on the
/// connection (docs/adr/0065). On PostgreSQL the head's move and the inserts are one statement
/// (docs/adr/0084).
/// </summary>
internal sealed class AppendStatements : IDisposable
{
    private readonly DbCommand readHead;
    private readonly DbCommand moveHead;
    private readonly DbCommand insert;
    private readonly List<(IProperty Property, DbParameter Parameter)> recordParameters = [];
    private readonly DbCommand? append;
    private readonly List<(IProperty Property, Type Element, DbParameter Parameter)> columnParameters = [];
    private bool unprepared;

    public AppendStatements(AuditDbContext db)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var connection = db.Database.GetDbConnection();
        var onPostgreSql = db.Database.RunsOnPostgreSql();

        var head = db.Model.FindEntityType(typeof(ChainHead))!;
        var headTable = StoreObjectIdentifier.Table(head.GetTableName()!, head.GetSchema());
        var headName = sql.DelimitIdentifier(headTable.Name, headTable.Schema);
        string Column(IEntityType type, StoreObjectIdentifier table, string property) =>
            sql.DelimitIdentifier(type.FindProperty(property)!.GetColumnName(table)!);
        var id = Column(head, headTable, nameof(ChainHead.Id));
        var sequence = Column(head, headTable, nameof(ChainHead.Sequence));
        var hash = Column(head, headTable, nameof(ChainHead.Hash));

        // PostgreSQL: the head's row lock queues the appenders of every host behind each other (docs/adr/0041).
        readHead = Command(connection, $"SELECT {sequence}, {hash} FROM {headName} WHERE {id} = @id{(onPostgreSql ? " FOR UPDATE" : string.Empty)}");
        Add(readHead, head, nameof(ChainHead.Id), "id").Value = ChainHead.SingletonId;

        // Moves the head only from where this appender found it: another process that moved it first leaves no row to update.
        moveHead = Command(connection, $"UPDATE {headName} SET {sequence} = @sequence, {hash} = @hash WHERE {id} = @id AND {sequence} = @previousSequence AND {hash} = @previousHash");
        Add(moveHead, head, nameof(ChainHead.Sequence), "sequence");
        Add(moveHead, head, nameof(ChainHead.Hash), "hash");
        Add(moveHead, head, nameof(ChainHead.Id), "id").Value = ChainHead.SingletonId;
        Add(moveHead, head, nameof(ChainHead.Sequence), "previousSequence");
        Add(moveHead, head, nameof(ChainHead.Hash), "previousHash");

        var record = db.Model.FindEntityType(typeof(AuditRecord))!;
        var recordTable = StoreObjectIdentifier.Table(record.GetTableName()!, record.GetSchema());
        var properties = record.GetProperties().ToList();
        var columns = string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(recordTable)!)));
        var values = string.Join(", ", properties.Select((_, i) => $"@p{i}"));
        insert = Command(connection, $"INSERT INTO {sql.DelimitIdentifier(recordTable.Name, recordTable.Schema)} ({columns}) VALUES ({values})");
        for (var i = 0; i < properties.Count; i++)
        {
            recordParameters.Add((properties[i], Add(insert, record, properties[i].Name, $"p{i}")));
        }

        if (onPostgreSql)
        {
            append = AppendCommand(db, connection, headName, (id, sequence, hash), recordTable, properties);
        }

        unprepared = onPostgreSql;
    }

    /// <summary>The head as stored: its sequence and hash, or null when the row is missing.</summary>
    public async Task<(long Sequence, string Hash)?> ReadHeadAsync(DbTransaction? transaction)
    {
        if (unprepared && transaction is not null)
        {
            // In the append's transaction: preparing the append locks the records table as the insert does, so it waits where the insert would.
            foreach (var command in new[] { readHead, append! })
            {
                command.Transaction = transaction;
                await command.PrepareAsync();
            }

            unprepared = false;
        }

        readHead.Transaction = transaction;
        await using var reader = await readHead.ExecuteReaderAsync();
        return await reader.ReadAsync() ? (reader.GetInt64(0), reader.GetString(1).Trim()) : null;
    }

    /// <summary>False when the head no longer stands at <paramref name="from"/>: another process appended first.</summary>
    public async Task<bool> MoveHeadAsync(DbTransaction transaction, (long Sequence, string Hash) from, AuditRecord to)
    {
        moveHead.Transaction = transaction;
        moveHead.Parameters[0].Value = to.Sequence;
        moveHead.Parameters[1].Value = to.Hash;
        moveHead.Parameters[3].Value = from.Sequence;
        moveHead.Parameters[4].Value = from.Hash;
        return await moveHead.ExecuteNonQueryAsync() == 1;
    }

    public async Task InsertAsync(DbTransaction transaction, AuditRecord record)
    {
        insert.Transaction = transaction;
        foreach (var (property, parameter) in recordParameters)
        {
            var value = property.GetGetter().GetClrValue(record);
            var converter = property.GetTypeMapping().Converter;
            parameter.Value = (converter is null || value is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
        }

        await insert.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// PostgreSQL: moves the head from <paramref name="from"/> and inserts the records in one statement, so
    /// in one round trip, inside <paramref name="transaction"/> or committing on its own. The records go
    /// in only if the head still stood at <paramref name="from"/>.
    /// </summary>
    /// <returns>False when another process appended first: nothing was written.</returns>
    public async Task<bool> AppendAsync(DbTransaction? transaction, (long Sequence, string Hash) from, IReadOnlyList<AuditRecord> records)
    {
        var command = append ?? throw new InvalidOperationException("The one-statement append is PostgreSQL's.");
        command.Transaction = transaction;
        command.Parameters[0].Value = records[^1].Sequence;
        command.Parameters[1].Value = records[^1].Hash;
        command.Parameters[3].Value = from.Sequence;
        command.Parameters[4].Value = from.Hash;
        foreach (var (property, element, parameter) in columnParameters)
        {
            var getter = property.GetGetter();
            var converter = property.GetTypeMapping().Converter;
            var column = Array.CreateInstance(element, records.Count);
            for (var i = 0; i < records.Count; i++)
            {
                var value = getter.GetClrValue(records[i]);
                column.SetValue(converter is null || value is null ? value : converter.ConvertToProvider(value), i);
            }

            parameter.Value = column;
        }

        return await command.ExecuteNonQueryAsync() == records.Count;
    }

    public void Dispose()
    {
        readHead.Dispose();
        moveHead.Dispose();
        insert.Dispose();
        append?.Dispose();
    }

    /// <summary>
    /// The head's move and the batch's insert as one statement: the records come as one array per
    /// column, and are inserted only when the move found the head where this appender left it.
    /// </summary>
    private DbCommand AppendCommand(
        AuditDbContext db, DbConnection connection, string headName, (string Id, string Sequence, string Hash) head,
        StoreObjectIdentifier recordTable, List<IProperty> properties)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(recordTable)!)));
        // No casts to the columns' types: a cast to varchar(n) would cut a longer value without a word, and
        // the record would no longer match its hash; the insert's own assignment refuses it instead.
        var arrays = string.Join(", ", properties.Select((_, i) => $"@c{i}"));
        var command = Command(connection, $"""
            WITH moved AS (UPDATE {headName} SET {head.Sequence} = @sequence, {head.Hash} = @hash
                WHERE {head.Id} = @id AND {head.Sequence} = @previousSequence AND {head.Hash} = @previousHash RETURNING 1)
            INSERT INTO {sql.DelimitIdentifier(recordTable.Name, recordTable.Schema)} ({columns})
            SELECT {columns} FROM unnest({arrays}) AS batch({columns}) WHERE EXISTS (SELECT 1 FROM moved)
            """);
        var chainHead = db.Model.FindEntityType(typeof(ChainHead))!;
        Add(command, chainHead, nameof(ChainHead.Sequence), "sequence");
        Add(command, chainHead, nameof(ChainHead.Hash), "hash");
        Add(command, chainHead, nameof(ChainHead.Id), "id").Value = ChainHead.SingletonId;
        Add(command, chainHead, nameof(ChainHead.Sequence), "previousSequence");
        Add(command, chainHead, nameof(ChainHead.Hash), "previousHash");

        var mappings = db.GetService<IRelationalTypeMappingSource>();
        for (var i = 0; i < properties.Count; i++)
        {
            var mapping = properties[i].GetTypeMapping();
            var element = mapping.Converter?.ProviderClrType ?? mapping.ClrType;
            if (properties[i].IsNullable && element.IsValueType && Nullable.GetUnderlyingType(element) is null)
            {
                element = typeof(Nullable<>).MakeGenericType(element);
            }

            var arrayMapping = mappings.FindMapping(element.MakeArrayType())
                ?? throw new InvalidOperationException($"The provider maps no array of {element.Name}.");
            var parameter = arrayMapping.CreateParameter(command, $"@c{i}", value: null, nullable: false);
            command.Parameters.Add(parameter);
            columnParameters.Add((properties[i], element, parameter));
        }

        return command;
    }

    private static DbCommand Command(DbConnection connection, string text)
    {
        var command = connection.CreateCommand();
        command.CommandText = text;
        return command;
    }

    private static DbParameter Add(DbCommand command, IEntityType type, string property, string name)
    {
        var column = type.FindProperty(property)!;
        // Named as in the text: SQLite's driver looks an unprefixed name up four times on every execution.
        var parameter = ((RelationalTypeMapping)column.GetTypeMapping()).CreateParameter(command, $"@{name}", value: null, nullable: column.IsNullable);
        command.Parameters.Add(parameter);
        return parameter;
    }
}
