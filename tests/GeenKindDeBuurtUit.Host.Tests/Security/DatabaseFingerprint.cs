using System.Data.Common;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.Host.Tests.Security;

/// <summary>
/// Row counts of every table plus the sum of every aggregate's version: a row added, removed or
/// changed through an aggregate moves it. Taken once the outboxes and the pending recalculations
/// are drained, so background delivery and the recalculation job do not move it while a test looks.
/// </summary>
internal static class DatabaseFingerprint
{
    public static async Task<IReadOnlyDictionary<string, string>> TakeAsync(string connectionString)
    {
        await using var connection = await TestSql.OpenAsync(connectionString);
        // The audit trail records every attempt, refused ones too, and idempotency keys are the
        // platform's memory of requests: neither is data a refused request may not leave behind.
        // Hangfire's own tables (PostgreSQL only) are the job queue, not the platform's data.
        var tables = await ListAsync(connection, TestProvider.OnPostgreSql
            ? "select table_schema || '.' || table_name from information_schema.tables where table_type = 'BASE TABLE' "
              + "and table_schema not in ('pg_catalog', 'information_schema', 'audit', 'idempotency', 'hangfire')"
            : "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'audit_%' and name not like 'idempotency_%'");
        var fingerprint = new Dictionary<string, string>();
        foreach (var table in tables)
        {
            var columns = await ListAsync(connection, TestProvider.OnPostgreSql
                ? $"select column_name from information_schema.columns where table_schema || '.' || table_name = '{table}'"
                : $"select name from pragma_table_info('{table}')");
            var version = columns.Contains("Version") ? ", coalesce(sum(\"Version\"), 0)" : ", 0";
            await using var command = connection.CreateCommand();
            command.CommandText = $"select count(*){version} from {Quoted(table)}";
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            fingerprint[table] = $"{reader.GetInt64(0)} rows, versions {Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture)}";
        }

        return fingerprint;
    }

    /// <summary>Waits until no outbox holds an undelivered event, no recalculation is pending and the fingerprint holds still.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> SettledAsync(string connectionString)
    {
        // A wait, not an assertion: a server under the load of parallel test assemblies delivers slower than a file.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var previous = await TakeAsync(connectionString);
        while (true)
        {
            await Task.Delay(150);
            var current = await TakeAsync(connectionString);
            var undelivered = await UndeliveredAsync(connectionString);
            if (undelivered.Count == 0 && current.SequenceEqual(previous))
            {
                return current;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException(
                    $"The platform did not settle: events are still being delivered. Undelivered: {string.Join("; ", undelivered.Take(5))}");
            }

            previous = current;
        }
    }

    public static IEnumerable<string> Differences(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        after.Where(t => !before.TryGetValue(t.Key, out var was) || was != t.Value).Select(t => $"{t.Key}: {before.GetValueOrDefault(t.Key)} -> {t.Value}");

    /// <summary>Each outbox message not yet delivered, with its last error, and each pending recalculation: why the platform does not settle.</summary>
    private static async Task<List<string>> UndeliveredAsync(string connectionString)
    {
        await using var connection = await TestSql.OpenAsync(connectionString);
        var undelivered = new List<string>();
        foreach (var outbox in await TablesNamedAsync(connection, "outbox_messages"))
        {
            undelivered.AddRange(await ListAsync(connection,
                $"select \"Type\" || ' (' || \"Attempts\" || ' attempts): ' || coalesce(\"LastError\", 'no error') from {Quoted(outbox)} where \"ProcessedAt\" is null"));
        }

        // A delivered event can leave a recalculation for the job, which runs a moment later and removes its row.
        foreach (var table in await TablesNamedAsync(connection, "pending_recalculations"))
        {
            undelivered.AddRange(await ListAsync(connection,
                $"select 'recalculation of ' || \"AreaId\" || ' pending since ' || \"RequestedAt\" from {Quoted(table)}"));
        }

        return undelivered;
    }

    /// <summary>Every module's table of that name: a schema's table on PostgreSQL, a prefixed one on SQLite.</summary>
    private static Task<List<string>> TablesNamedAsync(DbConnection connection, string name) =>
        ListAsync(connection, TestProvider.OnPostgreSql
            ? $"select table_schema || '.' || table_name from information_schema.tables where table_name = '{name}'"
            : $"select name from sqlite_master where type = 'table' and name like '%{name}'");

    /// <summary>A table's name quoted for the engine: on PostgreSQL "schema"."table", on SQLite the prefixed name.</summary>
    private static string Quoted(string table) => string.Join('.', table.Split('.').Select(part => $"\"{part}\""));

    private static async Task<List<string>> ListAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
