using Microsoft.Data.Sqlite;

namespace GeenKindDeBuurtUit.Benchmarks.Seeding;

/// <summary>Reads the platform's tables directly (reads only: every write goes through the platform).</summary>
internal static class Database
{
    /// <summary>How EF stores a Guid in SQLite: upper-case text.</summary>
    public static string Key(Guid id) => id.ToString().ToUpperInvariant();

    /// <summary>Waits until every module's outbox is delivered, so the measured host starts with no backlog.</summary>
    public static async Task DrainAsync(string connectionString, TimeSpan timeout)
    {
        if (!await DrainAsync(connectionString, () => false, timeout))
        {
            throw new TimeoutException($"{await PendingAsync(connectionString)} outbox messages still undelivered after {timeout}.");
        }
    }

    /// <returns>True when drained; false when <paramref name="stop"/> said so or the time ran out first.</returns>
    public static async Task<bool> DrainAsync(string connectionString, Func<bool> stop, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (await PendingAsync(connectionString) > 0)
        {
            if (stop() || DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(500);
        }

        return true;
    }

    public static async Task<long> PendingAsync(string connectionString)
    {
        long pending = 0;
        foreach (var table in await ListAsync<string>(connectionString, "select name from sqlite_master where type = 'table' and name like '%outbox_messages'"))
        {
            pending += await ScalarAsync<long>(connectionString, $"select count(*) from \"{table}\" where ProcessedAt is null");
        }

        return pending;
    }

    public static async Task<T?> ScalarAsync<T>(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = Command(connection, sql, parameters);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)value;
    }

    public static async Task<List<T>> ListAsync<T>(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        var rows = new List<T>();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetFieldValue<T>(0));
        }

        return rows;
    }

    public static async Task<List<(Guid, Guid)>> PairsAsync(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        var rows = new List<(Guid, Guid)>();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((Guid.Parse(reader.GetString(0)), Guid.Parse(reader.GetString(1))));
        }

        return rows;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
