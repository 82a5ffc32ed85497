using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Platform.Persistence.PostgreSql;
using GeenKindDeBuurtUit.Platform.Persistence.SqlServer;
using GeenKindDeBuurtUit.Platform.Persistence.Sqlite;

namespace GeenKindDeBuurtUit.Host.Composition;

internal static class DatabaseSetup
{
    public const string DefaultDatabaseFile = "geenkinddebuurtuit.db";

    /// <summary><c>Database:Provider</c> (Sqlite by default) and <c>ConnectionStrings:Default</c> (by default a SQLite file under data/).</summary>
    public static DatabaseSettings Resolve(IConfiguration configuration, string dataFolder)
    {
        var providerText = configuration["Database:Provider"];
        var provider = string.IsNullOrWhiteSpace(providerText)
            ? DatabaseProvider.Sqlite
            : Enum.TryParse<DatabaseProvider>(providerText, ignoreCase: true, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"Database:Provider '{providerText}' is unknown; use Sqlite, SqlServer or PostgreSql.");
        var connectionString = configuration.GetConnectionString("Default");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider != DatabaseProvider.Sqlite)
            {
                throw new InvalidOperationException($"ConnectionStrings:Default is required with Database:Provider {provider}.");
            }

            Directory.CreateDirectory(dataFolder);
            connectionString = $"Data Source={Path.Combine(dataFolder, DefaultDatabaseFile)};Default Timeout=30";
        }

        var migrate = configuration.GetValue("Database:ApplyMigrationsAtStartup", true);
        return new DatabaseSettings(provider, connectionString, migrate);
    }

    /// <summary>Every module context on the configured provider; SQLite's write gate and pragmas come only with SQLite, PostgreSQL's claims only with PostgreSQL (docs/adr/0036).</summary>
    public static IServiceCollection AddDatabaseProvider(this IServiceCollection services, DatabaseSettings database) => database.Provider switch
    {
        DatabaseProvider.Sqlite => services.AddSqlitePersistence(database),
        DatabaseProvider.SqlServer => services.AddSingleton<IDatabaseProviderSetup>(new SqlServerProviderSetup(database)),
        DatabaseProvider.PostgreSql => services.AddPostgreSqlPersistence(database),
        _ => throw new InvalidOperationException($"Unknown database provider '{database.Provider}'."),
    };
}
