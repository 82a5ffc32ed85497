using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Modules;

public static class ModuleServiceCollectionExtensions
{
    /// <summary>
    /// The conventions every module follows, scanned once with Scrutor: validators, and classes
    /// ending in Repository, Queries or Service registered as their interfaces (scoped).
    /// </summary>
    public static IServiceCollection AddModuleConventions(this IServiceCollection services, params System.Reflection.Assembly[] assemblies)
    {
        services.Scan(scan => scan.FromAssemblies(assemblies)
            .AddClasses(c => c.AssignableTo(typeof(IValidator<>)), publicOnly: false)
                .AsImplementedInterfaces()
                .WithScopedLifetime()
            .AddClasses(c => c.Where(t => t.Name.EndsWith("Repository", StringComparison.Ordinal)
                    || t.Name.EndsWith("Queries", StringComparison.Ordinal)
                    || t.Name.EndsWith("Service", StringComparison.Ordinal)), publicOnly: false)
                .AsImplementedInterfaces()
                .WithScopedLifetime());
        return services;
    }
}
