using System.Data.Common;
using GeenKindDeBuurtUit.Benchmarks.Storage;

namespace GeenKindDeBuurtUit.Benchmarks.Seeding;

/// <summary>Reads the platform's tables directly (reads only: every write goes through the platform).</summary>
internal static class Database
{
    /// <summary>Waits until every module's outbox is delivered, so the measured host starts with no backlog.</summary>
    public static async Task DrainAsync(Store store, TimeSpan timeout)
    {
        if (!await DrainAsync(store, () => false, timeout))
        {
            throw new TimeoutException($"{await PendingAsync(store)} outbox messages still undelivered after {timeout}.");
        }
    }

    /// <returns>True when drained; false when <paramref name="stop"/> said so or the time ran out first.</returns>
    public static async Task<bool> DrainAsync(Store store, Func<bool> stop, TimeSpan timeout, TimeSpan? poll = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (await PendingAsync(store) > 0)
        {
            if (stop() || DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(poll ?? TimeSpan.FromMilliseconds(500));
        }

        return true;
    }

    public static async Task<long> PendingAsync(Store store)
    {
        var tables = store.OnPostgreSql
            ? await ListAsync<string>(store, "select table_schema || '.outbox_messages' from information_schema.tables where table_name = 'outbox_messages'")
            : await ListAsync<string>(store, "select name from sqlite_master where type = 'table' and name like '%outbox_messages'");
        long pending = 0;
        foreach (var table in tables)
        {
            pending += await ScalarAsync<long>(store, $"select count(*) from {table} where \"ProcessedAt\" is null");
        }

        return pending;
    }

    public static async Task<T?> ScalarAsync<T>(Store store, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await store.OpenAsync();
        await using var command = Command(connection, sql, parameters);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)value;
    }

    public static Task<List<T>> ListAsync<T>(Store store, string sql, params (string Name, object Value)[] parameters) =>
        RowsAsync(store, sql, parameters, reader => reader.GetFieldValue<T>(0));

    /// <summary>The first column's guids: uuid on PostgreSQL, text on SQLite, read alike.</summary>
    public static Task<List<Guid>> GuidsAsync(Store store, string sql, params (string Name, object Value)[] parameters) =>
        RowsAsync(store, sql, parameters, reader => reader.GetGuid(0));

    public static Task<List<(Guid, Guid)>> PairsAsync(Store store, string sql, params (string Name, object Value)[] parameters) =>
        RowsAsync(store, sql, parameters, reader => (reader.GetGuid(0), reader.GetGuid(1)));

    private static async Task<List<T>> RowsAsync<T>(Store store, string sql, (string Name, object Value)[] parameters, Func<DbDataReader, T> row)
    {
        var rows = new List<T>();
        await using var connection = await store.OpenAsync();
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(row(reader));
        }

        return rows;
    }

    private static DbCommand Command(DbConnection connection, string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
