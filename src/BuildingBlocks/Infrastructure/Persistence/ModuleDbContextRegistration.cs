using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;

public static class ModuleDbContextRegistration
{
    /// <summary>
    /// Registers a module's context on the host's provider (<see cref="IDatabaseProviderSetup"/>) with
    /// its own migrations history table, and makes its outbox known to the relay and its migrations
    /// to the migrator. The options are built once per host, not per scope (docs/adr/0066).
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string module, string schema)
        where TContext : ModuleDbContext
    {
        services.AddDbContext<TContext>((provider, options) => provider.GetRequiredService<IDatabaseProviderSetup>().Configure(options, schema), optionsLifetime: ServiceLifetime.Singleton);
        services.TryAddScoped(ModuleDbContextDependencies.From);
        services.AddSingleton(new OutboxSource(module, typeof(TContext)));
        services.AddSingleton(new ModuleDatabase(module, schema, typeof(TContext)));
        return services;
    }
}
