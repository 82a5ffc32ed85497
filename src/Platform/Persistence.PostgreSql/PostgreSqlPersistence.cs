using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.Platform.Persistence.PostgreSql;

public static class PostgreSqlPersistence
{
    /// <summary>Every module context, and the key store, on the PostgreSQL database of <paramref name="settings"/>.</summary>
    public static IServiceCollection AddPostgreSqlPersistence(this IServiceCollection services, DatabaseSettings settings) =>
        services.AddSingleton<IDatabaseProviderSetup>(new PostgreSqlProviderSetup(settings));
}
