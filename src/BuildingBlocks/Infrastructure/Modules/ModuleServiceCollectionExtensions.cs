using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Modules;

public static class ModuleServiceCollectionExtensions
{
    /// <summary>
    /// The conventions every module follows, scanned once with Scrutor: validators, and classes
    /// ending in Repository, Queries or Service registered as their interfaces (scoped). A validator
    /// that needs nothing, or only services already registered as singletons (the clock), is built
    /// once: its rules are fixed at construction and FluentValidation validates with them from any
    /// thread, so building it for each request was pure cost (4% of what a create allocated).
    /// </summary>
    public static IServiceCollection AddModuleConventions(this IServiceCollection services, params System.Reflection.Assembly[] assemblies)
    {
        var singletons = services.Where(d => d.Lifetime == ServiceLifetime.Singleton && !d.IsKeyedService).Select(d => d.ServiceType)
            .Except(services.Where(d => d.Lifetime != ServiceLifetime.Singleton).Select(d => d.ServiceType)).ToHashSet();
        bool BuiltOnce(Type type) => type.GetConstructors().All(c => c.GetParameters().All(p => singletons.Contains(p.ParameterType)));
        services.Scan(scan => scan.FromAssemblies(assemblies)
            .AddClasses(c => c.AssignableTo(typeof(IValidator<>)).Where(BuiltOnce), publicOnly: false)
                .AsImplementedInterfaces()
                .WithSingletonLifetime()
            .AddClasses(c => c.AssignableTo(typeof(IValidator<>)).Where(t => !BuiltOnce(t)), publicOnly: false)
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
