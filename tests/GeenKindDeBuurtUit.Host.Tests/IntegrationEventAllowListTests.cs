using System.Reflection;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;
using GeenKindDeBuurtUit.Host.Composition;

namespace GeenKindDeBuurtUit.Host.Tests;

/// <summary>The relay's allow-list is every module's events, so nothing a module publishes is dead-lettered (docs/adr/0034).</summary>
public sealed class IntegrationEventAllowListTests
{
    [Fact]
    public void Every_event_of_every_events_assembly_the_host_ships_is_on_the_allow_list()
    {
        var shipped = Directory.GetFiles(AppContext.BaseDirectory, "GeenKindDeBuurtUit.*.IntegrationEvents.dll")
            .Select(file => Assembly.Load(Path.GetFileNameWithoutExtension(file)))
            .Where(assembly => assembly.GetName().Name != "GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents")
            .ToList();
        var events = new IntegrationEventTypes(ModuleCatalog.EventAssemblies);

        // Five modules publish events (Monitoring its year-end closings, docs/adr/0052); the others have no events project (docs/adr/0037).
        Assert.True(shipped.Count >= 4, $"only {shipped.Count} events assemblies found");
        foreach (var type in shipped.SelectMany(a => a.GetTypes()).Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(IntegrationEvent))))
        {
            Assert.True(events.IsKnown(IntegrationEventSerializer.TypeName(type)), $"{type.FullName} is not on the relay's allow-list");
        }
    }
}
