using System.Data.Common;
using GeenKindDeBuurtUit.SupportCases.Infrastructure.Retention;
using GeenKindDeBuurtUit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GeenKindDeBuurtUit.SupportCases.Tests.Retention;

/// <summary>
/// Runs the retention job inside the running platform, built from the platform's own services as
/// Hangfire builds it, with a fake clock, a recording audit trail and, where a test says so, other settings.
/// </summary>
internal static class RetentionRun
{
    /// <summary>A moment on an Amsterdam date: 00:30 local in summer, which is still the day before in UTC.</summary>
    public static DateTimeOffset JustAfterMidnight(int year, int month, int day) => new(year, month, day, 0, 30, 0, TimeSpan.FromHours(2));

    public static async Task<int> RunAsync(this PlatformFactory platform, DateTimeOffset now, RecordingAuditTrail audit, RetentionOptions? options = null)
    {
        using var scope = platform.Services.CreateScope();
        var job = ActivatorUtilities.CreateInstance<SupportCaseRetentionJob>(
            scope.ServiceProvider, new FakeTimeProvider(now), audit, Options.Create(options ?? new RetentionOptions()));
        return await job.RunAsync(CancellationToken.None);
    }

    /// <summary>Every outbox delivered and no budget recalculation pending: the modules agree and nothing moves.</summary>
    public static async Task QuietAsync(this PlatformFactory platform)
    {
        foreach (var table in await TablesAsync(platform, "%outbox_messages"))
        {
            await Eventually.AssertAsync(async () => await platform.CountAsync($"select count(*) from {table} where ProcessedAt is null") == 0, $"{table} is delivered");
        }

        await Eventually.AssertAsync(async () => await platform.CountAsync("select count(*) from collective_budget_pending_recalculations") == 0, "no recalculation pending");
    }

    /// <summary>
    /// Every table and column of every module that holds the id, in any spelling (EF writes upper
    /// case, JSON lower case), except the audit trail's object id: the trail is append-only and its
    /// records of who touched the case, the erasure among them, must keep naming it (ADR 0014, 0015).
    /// </summary>
    public static async Task<IReadOnlyList<string>> PlacesNamingAsync(this PlatformFactory platform, Guid id) =>
        (await platform.PlacesHoldingAsync(id.ToString())).Where(place => place != "audit_records.ObjectId").ToList();

    /// <summary>Every table and column of every module whose text holds <paramref name="text"/>, ignoring case.</summary>
    public static async Task<IReadOnlyList<string>> PlacesHoldingAsync(this PlatformFactory platform, string text)
    {
        var places = new List<string>();
        await using var connection = await TestSql.OpenAsync(platform.ConnectionString);
        foreach (var table in await TablesAsync(connection, "%"))
        {
            foreach (var column in await ColumnsAsync(connection, table))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"select count(*) from {table.Quoted} where upper(cast(\"{column}\" as text)) like {Parameter("id")}";
                Add(command, "id", $"%{text.ToUpperInvariant()}%");
                if (Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) > 0)
                {
                    places.Add($"{table.Name}.{column}");
                }
            }
        }

        return places;
    }

    private static async Task<IReadOnlyList<string>> TablesAsync(PlatformFactory platform, string pattern)
    {
        await using var connection = await TestSql.OpenAsync(platform.ConnectionString);
        return (await TablesAsync(connection, pattern)).Select(t => t.Name).ToList();
    }

    /// <summary>
    /// The modules' tables, named as SQLite names them (<c>support_cases_outbox_messages</c>);
    /// on PostgreSQL a table of a module's schema, Hangfire's own schema left out as SQLite keeps Hangfire in memory.
    /// </summary>
    private static async Task<IReadOnlyList<Table>> TablesAsync(DbConnection connection, string pattern)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = TestProvider.OnPostgreSql
            ? $"select table_schema, table_name from information_schema.tables where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema', 'hangfire') and table_schema || '_' || table_name like {Parameter("pattern")}"
            : $"select '', name from sqlite_master where type = 'table' and name like {Parameter("pattern")} and name not like 'sqlite_%'";
        Add(command, "pattern", pattern);
        var tables = new List<Table>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var (schema, name) = (reader.GetString(0), reader.GetString(1));
            tables.Add(schema.Length == 0 ? new Table(name, $"\"{name}\"", schema, name) : new Table($"{schema}_{name}", $"\"{schema}\".\"{name}\"", schema, name));
        }

        return tables;
    }

    private static async Task<IReadOnlyList<string>> ColumnsAsync(DbConnection connection, Table table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = TestProvider.OnPostgreSql
            ? $"select column_name from information_schema.columns where table_schema = {Parameter("schema")} and table_name = {Parameter("table")}"
            : $"select name from pragma_table_info({Parameter("table")})";
        Add(command, "schema", table.Schema);
        Add(command, "table", table.Own);
        var columns = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }

    private static string Parameter(string name) => (TestProvider.OnPostgreSql ? "@" : "$") + name;

    private static void Add(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = Parameter(name);
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <param name="Name">As SQLite names it.</param>
    /// <param name="Quoted">As the engine's SQL names it.</param>
    /// <param name="Schema">The module's schema on PostgreSQL; empty on SQLite.</param>
    /// <param name="Own">The name within the schema.</param>
    private sealed record Table(string Name, string Quoted, string Schema, string Own);
}
