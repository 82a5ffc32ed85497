using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Platform.ReadCaches;
using GeenKindDeBuurtUit.Platform.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GeenKindDeBuurtUit.Platform.Persistence.PostgreSql;

public static class PostgreSqlPersistence
{
    /// <summary>
    /// Every module context, and the key store, on the PostgreSQL database of <paramref name="settings"/>;
    /// the outbox relays claim their batches with row locks that skip each other (docs/adr/0041), and
    /// the hosts tell each other of changes through the database, so read caches keep answers (docs/adr/0073).
    /// </summary>
    public static IServiceCollection AddPostgreSqlPersistence(this IServiceCollection services, DatabaseSettings settings) =>
        services.AddSingleton<IDatabaseProviderSetup>(new PostgreSqlProviderSetup(settings))
            .AddSingleton<IOutboxClaim, PostgreSqlOutboxClaim>()
            .AddSingleton(_ => NpgsqlDataSource.Create(settings.ConnectionString))
            .AddSingleton(new ModuleChanges(hearsEveryWriter: false))
            .AddSingleton<IChangeAnnouncement, PostgreSqlChangeAnnouncement>()
            .AddHostedService<PostgreSqlChangeListener>();
}
