using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// The integration events an outbox row may hold: every concrete event type of the registered event
/// assemblies, by the name <see cref="IntegrationEventSerializer.TypeName"/> writes. A row naming any
/// other type is never resolved through <see cref="Type.GetType(string)"/>: whoever can write a row
/// must not choose which type the relay instantiates (docs/adr/0034).
/// </summary>
public sealed class IntegrationEventTypes
{
    private readonly Dictionary<string, Type> _types;

    public IntegrationEventTypes(IEnumerable<Assembly> assemblies) =>
        _types = assemblies.Distinct()
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => type is { IsAbstract: false, IsGenericTypeDefinition: false } && type.IsSubclassOf(typeof(IntegrationEvent)))
            .ToDictionary(IntegrationEventSerializer.TypeName, StringComparer.Ordinal);

    public IReadOnlyCollection<Type> All => _types.Values;

    public bool IsKnown(string typeName) => _types.ContainsKey(typeName);

    /// <summary>The event a row holds, or false when its type is not one of the registered events.</summary>
    public bool TryDeserialize(string typeName, string payload, [NotNullWhen(true)] out IntegrationEvent? integrationEvent)
    {
        integrationEvent = _types.TryGetValue(typeName, out var type)
            ? (IntegrationEvent?)JsonSerializer.Deserialize(payload, type, IntegrationEventSerializer.Options)
                ?? throw new InvalidOperationException($"Empty payload for integration event type '{typeName}'.")
            : null;
        return integrationEvent is not null;
    }

    public IntegrationEvent Deserialize(string typeName, string payload) =>
        TryDeserialize(typeName, payload, out var integrationEvent)
            ? integrationEvent
            : throw new InvalidOperationException($"'{typeName}' is not a registered integration event type.");
}

/// <summary>An assembly whose integration events the relay may deliver.</summary>
public sealed record IntegrationEventAssembly(Assembly Assembly);

public static class IntegrationEventTypesRegistration
{
    public static IServiceCollection AddIntegrationEventTypes(this IServiceCollection services, params Assembly[] assemblies)
    {
        foreach (var assembly in assemblies)
        {
            services.AddSingleton(new IntegrationEventAssembly(assembly));
        }

        services.TryAddSingleton(provider => new IntegrationEventTypes(provider.GetServices<IntegrationEventAssembly>().Select(a => a.Assembly)));
        return services;
    }
}
