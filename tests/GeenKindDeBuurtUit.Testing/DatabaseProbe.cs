namespace GeenKindDeBuurtUit.Testing;

/// <summary>Reads the platform's database directly, the way an operator would check what is stored (SQL as <see cref="TestSql"/> takes it).</summary>
public sealed class DatabaseProbe(string connectionString)
{
    /// <summary>Guids as EF Core stores them in SQLite: upper-case text (on PostgreSQL the server reads a parameter of this text as the uuid of a uuid column).</summary>
    public static string Text(Guid id) => id.ToString().ToUpperInvariant();

    public async Task<long> CountAsync(string sql, params (string Name, object Value)[] parameters) =>
        Convert.ToInt64(await ScalarAsync(sql, parameters), System.Globalization.CultureInfo.InvariantCulture);

    public async Task<object?> ScalarAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await TestSql.OpenAsync(connectionString);
        await using var command = TestSql.Command(connection, sql, parameters);
        return await command.ExecuteScalarAsync();
    }

    public async Task<IReadOnlyList<string>> StringsAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await TestSql.OpenAsync(connectionString);
        await using var command = TestSql.Command(connection, sql, parameters);
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(TestSql.Text(reader.GetValue(0)));
        }

        return values;
    }
}
