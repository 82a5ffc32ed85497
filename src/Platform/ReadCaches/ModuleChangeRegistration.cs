using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GeenKindDeBuurtUit.Platform.ReadCaches;

public static class ModuleChangeRegistration
{
    /// <summary>Counts the commits of a module context in <see cref="ModuleChanges"/> (and announces them where the provider can): for a module that keeps answers in a <see cref="IReadCache{TKey, TValue}"/>.</summary>
    public static DbContextOptionsBuilder CountChanges(this DbContextOptionsBuilder options, IServiceProvider services, string schema) =>
        options.AddInterceptors(new ModuleChangeInterceptor(
            services.GetRequiredService<ModuleChanges>(), schema, services.GetService<IChangeAnnouncement>()));

    /// <summary>
    /// A read cache of the module whose context counts its changes under <paramref name="schema"/>.
    /// It keeps nothing unless the database provider registered a <see cref="ModuleChanges"/> that hears every writer.
    /// </summary>
    public static IServiceCollection AddReadCache<TKey, TValue>(this IServiceCollection services, string schema)
        where TKey : notnull
        where TValue : class
    {
        services.TryAddSingleton(_ => new ModuleChanges(hearsEveryWriter: false));
        return services.AddSingleton<IReadCache<TKey, TValue>>(provider => new ModuleReadCache<TKey, TValue>(
            provider.GetRequiredService<ModuleChanges>(), schema, provider.GetService<TimeProvider>() ?? TimeProvider.System));
    }
}
