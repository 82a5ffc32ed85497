using Npgsql;

namespace GeenKindDeBuurtUit.Testing;

/// <summary>A database of one test platform on the matrix's PostgreSQL server: created empty, dropped with everything in it.</summary>
public sealed class PostgreSqlTestDatabase : IDisposable
{
    private readonly string _server;

    private PostgreSqlTestDatabase(string server, string name)
    {
        _server = server;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>A new empty database; a missing server fails the test with the reason, never skips it silently.</summary>
    public static PostgreSqlTestDatabase Create()
    {
        var server = TestProvider.PostgreSqlServer ?? throw new InvalidOperationException(TestProvider.PostgreSqlMissing);
        var database = new PostgreSqlTestDatabase(server, $"gkdbu_test_{Guid.NewGuid():N}");
        database.Execute($"CREATE DATABASE \"{database.Name}\"");
        return database;
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();

        // FORCE ends the connections a stopped host or a finishing background job still holds.
        Execute($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
