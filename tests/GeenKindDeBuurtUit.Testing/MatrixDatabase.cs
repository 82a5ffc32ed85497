using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Platform.Persistence.PostgreSql;
using GeenKindDeBuurtUit.Platform.Persistence.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.Testing;

/// <summary>
/// The database of one fixture smaller than the whole platform (a tiny host, the kernel's test
/// module, a restarted host): on the matrix's engine (<see cref="TestProvider"/>), a SQLite file in
/// a temp folder of its own or a fresh PostgreSQL database, and gone again after <see cref="Dispose"/>.
/// </summary>
public sealed class MatrixDatabase : IDisposable
{
    private readonly PostgreSqlTestDatabase? _postgreSql;

    public MatrixDatabase(string prefix = "gkdbu-tests-")
    {
        Folder = Directory.CreateTempSubdirectory(prefix).FullName;
        SqliteFile = Path.Combine(Folder, "test.db");
        (Provider, ConnectionString, _postgreSql) = TestProvider.Database(SqliteFile);
    }

    /// <summary>A folder of the fixture's own, for what a host keeps beside its database (keys); on SQLite it holds the file.</summary>
    public string Folder { get; }

    /// <summary>The file on SQLite; on PostgreSQL it is never created.</summary>
    public string SqliteFile { get; }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public bool OnPostgreSql => Provider == DatabaseProvider.PostgreSql;

    /// <summary>The settings a host resolves from configuration, with the provider's setup registered as the host registers it.</summary>
    public DatabaseSettings AddTo(IServiceCollection services, bool applyMigrationsAtStartup = false)
    {
        var settings = new DatabaseSettings(Provider, ConnectionString, applyMigrationsAtStartup);
        services.AddSingleton(settings);
        _ = OnPostgreSql ? services.AddPostgreSqlPersistence(settings) : services.AddSqlitePersistence(settings);
        return settings;
    }

    /// <summary>A context on this database without the platform's setup, optionally under an execution strategy of the test's.</summary>
    public DbContextOptionsBuilder<TContext> Use<TContext>(DbContextOptionsBuilder<TContext> options, Func<ExecutionStrategyDependencies, IExecutionStrategy>? strategy = null)
        where TContext : DbContext => (DbContextOptionsBuilder<TContext>)Use((DbContextOptionsBuilder)options, strategy);

    /// <inheritdoc cref="Use{TContext}"/>
    public DbContextOptionsBuilder Use(DbContextOptionsBuilder options, Func<ExecutionStrategyDependencies, IExecutionStrategy>? strategy = null) => OnPostgreSql
        ? options.UseNpgsql(ConnectionString, npgsql =>
        {
            if (strategy is not null)
            {
                npgsql.ExecutionStrategy(strategy);
            }
        })
        : options.UseSqlite(ConnectionString, sqlite =>
        {
            if (strategy is not null)
            {
                sqlite.ExecutionStrategy(strategy);
            }
        });

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _postgreSql?.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finishing background job; the temp folder is cleaned by the OS.
        }
    }
}
