using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;

public static class ModuleDbContextRegistration
{
    // More than the contexts a host holds at once under load; a lease beyond it builds a context the pool does not keep.
    private const int PoolSize = 128;

    /// <summary>
    /// Registers a module's context on the host's provider (<see cref="IDatabaseProviderSetup"/>) with
    /// its own migrations history table, and makes its outbox known to the relay and its migrations
    /// to the migrator. The options are built once per host (docs/adr/0066) and the contexts pooled,
    /// so a scope leases a context instead of building one with its internal services, and returns it once (docs/adr/0069, 0070).
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string module, string schema, Action<DbContextOptionsBuilder, IServiceProvider>? configure = null)
        where TContext : ModuleDbContext
    {
        services.AddPooledDbContextFactory<TContext>(
            (provider, options) =>
            {
                provider.GetRequiredService<IDatabaseProviderSetup>().Configure(options, schema);
                configure?.Invoke(options, provider);
            },
            PoolSize);
        services.AddScoped(provider =>
        {
            var context = provider.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();
            context.Use(provider.GetRequiredService<ModuleDbContextDependencies>(), leased: true);
            return new ModuleDbContextLease<TContext>(context);
        });
        services.AddScoped(provider => provider.GetRequiredService<ModuleDbContextLease<TContext>>().Context);
        services.TryAddScoped(ModuleDbContextDependencies.From);
        services.TryAddScoped<IntegrationEventCollector>();
        services.AddSingleton(new OutboxSource(module, typeof(TContext)));
        services.AddSingleton(new ModuleDatabase(module, schema, typeof(TContext)));
        return services;
    }
}
