using Microsoft.Data.Sqlite;

namespace GeenKindDeBuurtUit.Benchmarks.Seeding;

/// <summary>Reads the outbox tables directly (reads only: every write goes through the platform).</summary>
internal static class Outboxes
{
    /// <summary>Waits until every module's outbox is delivered, so the measured host starts with no backlog.</summary>
    public static async Task DrainAsync(string connectionString, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var pending = await PendingAsync(connectionString);
            if (pending == 0)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{pending} outbox messages still undelivered after {timeout}.");
            }

            await Task.Delay(500);
        }
    }

    public static async Task<long> PendingAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "select name from sqlite_master where type = 'table' and name like '%outbox_messages'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        long pending = 0;
        foreach (var table in tables)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"select count(*) from \"{table}\" where ProcessedAt is null";
            pending += (long)(await count.ExecuteScalarAsync())!;
        }

        return pending;
    }

    public static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
