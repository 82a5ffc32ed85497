using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.Platform.Persistence.Sqlite;

public static class SqlitePersistence
{
    /// <summary>Every module context, and the key store, on the SQLite file of <paramref name="settings"/>.</summary>
    public static IServiceCollection AddSqlitePersistence(this IServiceCollection services, DatabaseSettings settings)
    {
        SqliteLibrary.Configure();
        return services.AddSingleton<IDatabaseProviderSetup>(new SqliteProviderSetup(settings));
    }
}
