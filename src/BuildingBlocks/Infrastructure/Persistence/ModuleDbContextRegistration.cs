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
        // The options depend on nothing but the settings: built once (singleton), not again for every
        // request's context. They then hold the root provider, so a context reads only singletons from it.
        services.AddDbContext<TContext>(
            (provider, options) => Configure(options, provider.GetRequiredService<DatabaseSettings>(), schema),
            contextLifetime: ServiceLifetime.Scoped,
            optionsLifetime: ServiceLifetime.Singleton);
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
                options.AddInterceptors(new SqlitePragmaInterceptor());
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
