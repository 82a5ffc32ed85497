using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Platform.ReadCaches;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.Platform.Persistence.Sqlite;

public static class SqlitePersistence
{
    /// <summary>
    /// Every module context, and the key store, on the SQLite file of <paramref name="settings"/>. One
    /// host writes the file, so every change a read cache must hear of is made in this process.
    /// </summary>
    public static IServiceCollection AddSqlitePersistence(this IServiceCollection services, DatabaseSettings settings)
    {
        SqliteLibrary.Configure();
        return services.AddSingleton<IDatabaseProviderSetup>(new SqliteProviderSetup(settings))
            .AddSingleton(new ModuleChanges(hearsEveryWriter: true));
    }
}
