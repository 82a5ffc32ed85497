using System.Data.Common;
using System.Globalization;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace GeenKindDeBuurtUit.CrashTests;

/// <summary>
/// The database the host processes share across kills and restarts (a SQLite file, or a PostgreSQL
/// database of the test's own), and direct reads of it for what no API shows: outbox, inbox and
/// pending-recalculation rows. Statements are written as SQLite sees the tables; on PostgreSQL they
/// are read in its dialect (schema per module, quoted columns).
/// </summary>
internal sealed class HostDatabase : IDisposable
{
    /// <summary>The modules' table prefixes on SQLite, each with its own outbox and inbox.</summary>
    public static readonly IReadOnlyList<string> Modules = ["neighbourhoods", "support_cases", "expertise_pool", "collective_budget", "monitoring", "facilities"];

    private readonly bool _owned;
    private readonly PostgreSqlTestDatabase? _postgreSql;

    public HostDatabase()
    {
        Folder = Directory.CreateTempSubdirectory("gkdbu-crash-").FullName;
        File = Path.Combine(Folder, "platform.db");
        _owned = true;
    }

    /// <summary>A database of its own on the PostgreSQL server, dropped on <see cref="Dispose"/>; the folder only holds the hosts' working directory.</summary>
    private HostDatabase(PostgreSqlTestDatabase postgreSql)
        : this()
    {
        _postgreSql = postgreSql;
    }

    /// <summary>Reads a database someone else owns (the in-process factory's).</summary>
    public HostDatabase(string file)
    {
        File = file;
        Folder = Path.GetDirectoryName(file)!;
    }

    public string Folder { get; }

    public string File { get; }

    public DatabaseProvider Provider => _postgreSql is null ? DatabaseProvider.Sqlite : DatabaseProvider.PostgreSql;

    public string ConnectionString => _postgreSql?.ConnectionString ?? $"Data Source={File};Default Timeout=30";

    /// <summary>A fresh database on the server <c>GKDBU_TEST_POSTGRESQL</c> names.</summary>
    public static HostDatabase OnPostgreSql() => new(PostgreSqlTestDatabase.Create());

    public async Task<long> CountAsync(string sql) =>
        Convert.ToInt64(await ScalarAsync(sql), CultureInfo.InvariantCulture);

    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = Dialect(sql);
        return await command.ExecuteScalarAsync();
    }

    public async Task<IReadOnlyList<object?[]>> RowsAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = Dialect(sql);
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

    /// <summary>Whether the newest outbox row of all modules went out through the relay of process <paramref name="processId"/>.</summary>
    public async Task<bool> NewestDeliveredByAsync(int processId)
    {
        var newest = new List<(DateTime OccurredAt, bool Delivered, string LockedBy)>();
        foreach (var module in Modules)
        {
            foreach (var row in await RowsAsync($"SELECT OccurredAt, ProcessedAt, LockedBy FROM {module}_outbox_messages ORDER BY OccurredAt DESC LIMIT 1"))
            {
                var occurredAt = row[0] as DateTime? ?? DateTime.Parse(TestSql.Text(row[0]), CultureInfo.InvariantCulture);
                newest.Add((occurredAt, row[1] is not null, TestSql.Text(row[2])));
            }
        }

        return newest.MaxBy(r => r.OccurredAt) is { Delivered: true } last && last.LockedBy.Contains($":{processId}:", StringComparison.Ordinal);
    }

    public Task<long> PendingRecalculationsAsync() => CountAsync("SELECT COUNT(*) FROM collective_budget_pending_recalculations");

    public Task<long> ClaimedRecalculationsAsync() => CountAsync("SELECT COUNT(*) FROM collective_budget_pending_recalculations WHERE ClaimedBy IS NOT NULL");

    /// <summary>How many handlers in all modules have recorded the event in their inbox.</summary>
    public Task<long> InboxRecordsAsync(Guid eventId) =>
        CountAsync("SELECT " + string.Join(" + ", Modules.Select(m => $"(SELECT COUNT(*) FROM {m}_inbox_messages WHERE {EventIdIs(eventId)})")));

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

    /// <summary>Every undelivered outbox row with its claim and retry state: what a test that did not settle shows.</summary>
    public async Task<IReadOnlyList<string>> UndeliveredRowsAsync()
    {
        var rows = new List<string>();
        foreach (var module in Modules)
        {
            foreach (var row in await RowsAsync($"SELECT Type, OccurredAt, LockedBy, LockedUntil, NextAttemptAt, Attempts FROM {module}_outbox_messages WHERE ProcessedAt IS NULL"))
            {
                rows.Add($"{module}: {row[0]} of {row[1]}, claimed by {row[2] ?? "nobody"} until {row[3] ?? "-"}, next attempt {row[4] ?? "-"}, {row[5]} attempt(s)");
            }
        }

        return rows;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _postgreSql?.Dispose();
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

    private string Dialect(string sql) => Provider == DatabaseProvider.PostgreSql ? TestSql.ForPostgreSql(sql) : sql;

    // SQLite keeps guids as text, in EF Core's upper case; PostgreSQL as uuid, which reads a literal of either case.
    private string EventIdIs(Guid eventId) => Provider == DatabaseProvider.PostgreSql
        ? $"EventId = '{eventId}'"
        : $"upper(EventId) = '{eventId.ToString().ToUpperInvariant()}'";

    private async Task<DbConnection> OpenAsync()
    {
        DbConnection connection = _postgreSql is null
            ? new SqliteConnection($"Data Source={File};Default Timeout=30;Pooling=False")
            : new NpgsqlConnection(_postgreSql.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
