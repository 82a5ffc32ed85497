using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;

public static class ModuleDbContextRegistration
{
    /// <summary>
    /// Registers a module's context on the configured provider with its own migrations history
    /// table, and makes its outbox known to the relay and its migrations to the migrator.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string module, string schema)
        where TContext : ModuleDbContext
    {
        // Options per scope (EF's default), not once: a module context reads the request's own
        // services through them, such as the Idempotency-Key fence of docs/adr/0019.
        services.AddDbContext<TContext>((provider, options) =>
            Configure(options, provider.GetRequiredService<DatabaseSettings>(), schema));
        services.AddSingleton(new OutboxSource(module, typeof(TContext)));
        services.AddSingleton(new ModuleDatabase(module, schema, typeof(TContext)));
        return services;
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, DatabaseSettings settings, string schema)
    {
        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(settings.ConnectionString, sqlite => sqlite
                    .MigrationsAssembly(DatabaseSettings.SqliteMigrationsAssembly)
                    .MigrationsHistoryTable($"__{schema}_migrations"));
                options.AddInterceptors(SqlitePragmaInterceptor.Instance, SqliteWriteGateInterceptor.Instance);
                break;
            case DatabaseProvider.SqlServer:
                options.UseSqlServer(settings.ConnectionString, sqlServer => sqlServer
                    .MigrationsAssembly(DatabaseSettings.SqlServerMigrationsAssembly)
                    .MigrationsHistoryTable("__migrations", schema)
                    .EnableRetryOnFailure());
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider '{settings.Provider}'.");
        }

        return options;
    }
}
