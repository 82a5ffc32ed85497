using System.Data.Common;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace GeenKindDeBuurtUit.Benchmarks.Storage;

/// <summary>
/// The database a platform of the run works on: a SQLite file, or a database the run created on a
/// PostgreSQL server. The bench's own SQL quotes the PascalCase columns and names parameters
/// <c>@name</c>, which both engines read; only table names and guid keys differ.
/// </summary>
internal sealed record Store(DatabaseProvider Provider, string ConnectionString)
{
    public static Store Sqlite(string file) => new(DatabaseProvider.Sqlite, $"Data Source={file};Default Timeout=30");

    public bool OnPostgreSql => Provider == DatabaseProvider.PostgreSql;

    /// <summary>How many hosts the paths are measured on, one count after the other: a second host shares a PostgreSQL database; SQLite's file is one host's.</summary>
    public IReadOnlyList<int> HostCounts => OnPostgreSql ? [1, 2] : [1];

    /// <summary>A module's table: a schema per module on PostgreSQL, a prefix on SQLite.</summary>
    public string Table(string schema, string table) => OnPostgreSql ? $"{schema}.{table}" : $"{schema}_{table}";

    /// <summary>A guid as a parameter: uuid on PostgreSQL, upper-case text as EF Core stores it in SQLite.</summary>
    public object Key(Guid id) => OnPostgreSql ? id : id.ToString().ToUpperInvariant();

    public async Task<DbConnection> OpenAsync()
    {
        DbConnection connection = OnPostgreSql ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>Lets go of pooled connections, so a database file can be copied or a database dropped.</summary>
    public void ClearPools()
    {
        if (OnPostgreSql)
        {
            NpgsqlConnection.ClearAllPools();
        }
        else
        {
            SqliteConnection.ClearAllPools();
        }
    }
}
