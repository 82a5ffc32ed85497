using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;

namespace GeenKindDeBuurtUit.Testing;

/// <summary>
/// The provider matrix: <c>GKDBU_TEST_PROVIDER</c> (<c>Sqlite</c>, the default, or <c>PostgreSql</c>)
/// picks the engine every platform test runs on; <c>GKDBU_TEST_POSTGRESQL</c> names the server
/// (a connection string of a role that may create databases), on which each test platform creates
/// a database of its own and drops it afterwards. <c>.ci/postgresql</c> starts such a server.
/// </summary>
public static class TestProvider
{
    public const string ProviderVariable = "GKDBU_TEST_PROVIDER";

    public const string ServerVariable = "GKDBU_TEST_POSTGRESQL";

    public static DatabaseProvider Current { get; } = Read();

    public static bool OnPostgreSql => Current == DatabaseProvider.PostgreSql;

    /// <summary>The server's connection string, or null when none is configured.</summary>
    public static string? PostgreSqlServer { get; } = NullIfBlank(Environment.GetEnvironmentVariable(ServerVariable));

    /// <summary>Why a test that needs PostgreSQL cannot run here, or null when it can.</summary>
    public static string? PostgreSqlMissing => PostgreSqlServer is null
        ? $"PostgreSQL tests need a server: set {ServerVariable} to a connection string of a role that may create databases (bash .ci/postgresql starts one and prints it)"
        : null;

    /// <summary>Why a test about SQLite itself does not run here (the matrix is on another engine), or null when it does.</summary>
    public static string? SqliteOnly => OnPostgreSql
        ? $"A test of SQLite itself; this run is on {Current} ({ProviderVariable}), where the behaviour it checks does not exist"
        : null;

    /// <summary>The connection string a platform of the matrix should use: a fresh database on the server, or the given SQLite file.</summary>
    public static (DatabaseProvider Provider, string ConnectionString, PostgreSqlTestDatabase? Owned) Database(string sqliteFile)
    {
        if (!OnPostgreSql)
        {
            return (DatabaseProvider.Sqlite, $"Data Source={sqliteFile};Default Timeout=30", null);
        }

        var database = PostgreSqlTestDatabase.Create();
        return (DatabaseProvider.PostgreSql, database.ConnectionString, database);
    }

    private static DatabaseProvider Read()
    {
        var text = NullIfBlank(Environment.GetEnvironmentVariable(ProviderVariable));
        if (text is null)
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(text, ignoreCase: true, out var provider) && provider != DatabaseProvider.SqlServer
            ? provider
            : throw new InvalidOperationException($"{ProviderVariable}='{text}' is not a provider the tests run on; use Sqlite or PostgreSql.");
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
