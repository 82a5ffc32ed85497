using System.Globalization;
using Microsoft.Data.Sqlite;

namespace GeenKindDeBuurtUit.CrashTests;

/// <summary>
/// The SQLite file the host processes share across kills and restarts, and direct reads of it for
/// what no API shows: outbox, inbox and pending-recalculation rows.
/// </summary>
internal sealed class HostDatabase : IDisposable
{
    /// <summary>The modules' table prefixes on SQLite, each with its own outbox and inbox.</summary>
    public static readonly IReadOnlyList<string> Modules = ["neighbourhoods", "support_cases", "expertise_pool", "collective_budget", "monitoring"];

    private readonly bool _owned;

    public HostDatabase()
    {
        Folder = Directory.CreateTempSubdirectory("gkdbu-crash-").FullName;
        File = Path.Combine(Folder, "platform.db");
        _owned = true;
    }

    /// <summary>Reads a database someone else owns (the in-process factory's).</summary>
    public HostDatabase(string file)
    {
        File = file;
        Folder = Path.GetDirectoryName(file)!;
    }

    public string Folder { get; }

    public string File { get; }

    public string ConnectionString => $"Data Source={File};Default Timeout=30";

    public async Task<long> CountAsync(string sql) =>
        Convert.ToInt64(await ScalarAsync(sql), CultureInfo.InvariantCulture);

    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public async Task<IReadOnlyList<object?[]>> RowsAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Outbox rows of every module not yet delivered.</summary>
    public Task<long> UndeliveredAsync() =>
        CountAsync(string.Join(" + ", Modules.Select(m => $"(SELECT COUNT(*) FROM {m}_outbox_messages WHERE ProcessedAt IS NULL)")).Insert(0, "SELECT "));

    /// <summary>Outbox rows a relay claimed and did not finish: what a process killed during delivery leaves.</summary>
    public Task<long> ClaimedUndeliveredAsync() =>
        CountAsync(string.Join(" + ", Modules.Select(m => $"(SELECT COUNT(*) FROM {m}_outbox_messages WHERE ProcessedAt IS NULL AND LockedBy IS NOT NULL)")).Insert(0, "SELECT "));

    public Task<long> PendingRecalculationsAsync() => CountAsync("SELECT COUNT(*) FROM collective_budget_pending_recalculations");

    public Task<long> ClaimedRecalculationsAsync() => CountAsync("SELECT COUNT(*) FROM collective_budget_pending_recalculations WHERE ClaimedBy IS NOT NULL");

    /// <summary>How many handlers in all modules have recorded the event in their inbox.</summary>
    public Task<long> InboxRecordsAsync(Guid eventId) =>
        CountAsync("SELECT " + string.Join(" + ", Modules.Select(m => $"(SELECT COUNT(*) FROM {m}_inbox_messages WHERE upper(EventId) = '{eventId.ToString().ToUpperInvariant()}')")));

    /// <summary>Deliveries that failed and wait for a retry, with their errors: a lock error would show here.</summary>
    public async Task<IReadOnlyList<string>> FailedDeliveriesAsync()
    {
        var failed = new List<string>();
        foreach (var module in Modules)
        {
            foreach (var row in await RowsAsync($"SELECT Type, Attempts, LastError FROM {module}_outbox_messages WHERE Attempts > 0"))
            {
                failed.Add($"{module}: {row[0]} after {row[1]} attempt(s): {row[2]}");
            }
        }

        return failed;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (!_owned)
        {
            return;
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a host that has not quite exited; the OS cleans its temp folder.
        }
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection($"Data Source={File};Default Timeout=30;Pooling=False");
        await connection.OpenAsync();
        return connection;
    }
}
