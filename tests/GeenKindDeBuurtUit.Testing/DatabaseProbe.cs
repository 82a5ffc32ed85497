using Microsoft.Data.Sqlite;

namespace GeenKindDeBuurtUit.Testing;

/// <summary>Reads the platform's SQLite file directly, the way an operator would check what is stored.</summary>
public sealed class DatabaseProbe(string connectionString)
{
    /// <summary>Guids as EF Core stores them in SQLite: upper-case text.</summary>
    public static string Text(Guid id) => id.ToString().ToUpperInvariant();

    public async Task<long> CountAsync(string sql, params (string Name, object Value)[] parameters) =>
        Convert.ToInt64(await ScalarAsync(sql, parameters), System.Globalization.CultureInfo.InvariantCulture);

    public async Task<object?> ScalarAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteScalarAsync();
    }

    public async Task<IReadOnlyList<string>> StringsAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
