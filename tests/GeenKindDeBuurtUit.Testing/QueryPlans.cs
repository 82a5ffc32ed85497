using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Testing;

/// <summary>How SQLite runs a module's own query on the platform's database: the performance tests check that hot reads use their index.</summary>
public static partial class QueryPlans
{
    /// <returns>The plan's steps, one per line, as <c>EXPLAIN QUERY PLAN</c> names them.</returns>
    public static async Task<string> ExplainAsync(this PlatformFactory platform, IQueryable query)
    {
        if (TestProvider.SqliteOnly is { } reason)
        {
            throw new InvalidOperationException($"SQLite's query plans: mark the test [SqliteFact]. {reason}");
        }

        // ToQueryString writes the parameters as ".param set @name value" lines before the statement.
        var lines = query.ToQueryString().Split('\n');
        await using var connection = new SqliteConnection(platform.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        foreach (var parameter in lines.Select(l => ParamLine().Match(l)).Where(m => m.Success))
        {
            command.Parameters.AddWithValue(parameter.Groups[1].Value, parameter.Groups[2].Value.Trim().Trim('\''));
        }

        command.CommandText = "EXPLAIN QUERY PLAN " + string.Join('\n', lines.Where(l => !l.StartsWith(".param", StringComparison.Ordinal)));
        var steps = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            steps.Add(reader.GetString(3));
        }

        return string.Join('\n', steps);
    }

    [GeneratedRegex(@"^\.param set (@\w+) (.*)$")]
    private static partial Regex ParamLine();
}
