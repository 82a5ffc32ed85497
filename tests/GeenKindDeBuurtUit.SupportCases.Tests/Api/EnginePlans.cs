using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.SupportCases.Tests.Api;

/// <summary>How the matrix's engine runs a module's own query: SQLite's planner steps, or PostgreSQL's plan.</summary>
internal static class EnginePlans
{
    // The test tables are small, so PostgreSQL's planner would read them whole whatever the indexes are;
    // with whole reads, bitmap reads and sorts priced out, a plan still holding one says no index serves the query.
    private const string IndexesOnly = "SET enable_seqscan = off; SET enable_bitmapscan = off; SET enable_sort = off";

    public static async Task<string> PlanAsync(this PlatformFactory platform, IQueryable query)
    {
        if (!TestProvider.OnPostgreSql)
        {
            return await platform.ExplainAsync(query);
        }

        await using var command = query.CreateDbCommand();
        var connection = command.Connection!;
        await connection.OpenAsync();
        try
        {
            await ExecuteAsync(connection, IndexesOnly);
            command.CommandText = "EXPLAIN (COSTS OFF) " + command.CommandText;
            var steps = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                steps.Add(reader.GetString(0));
            }

            return string.Join('\n', steps);
        }
        finally
        {
            await ExecuteAsync(connection, "RESET ALL");
            await connection.CloseAsync();
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
