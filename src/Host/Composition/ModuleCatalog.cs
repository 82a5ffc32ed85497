using System.Reflection;
using GeenKindDeBuurtUit.Audit;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Modules;
using GeenKindDeBuurtUit.CollectiveBudget;
using GeenKindDeBuurtUit.ExpertisePool;
using GeenKindDeBuurtUit.Facilities;
using GeenKindDeBuurtUit.Monitoring;
using GeenKindDeBuurtUit.Neighbourhoods;
using GeenKindDeBuurtUit.Notifications;
using GeenKindDeBuurtUit.SupportCases;

namespace GeenKindDeBuurtUit.Host.Composition;

/// <summary>The modules of the platform. Neighbourhoods first: its seed feeds every other module's school map.</summary>
internal static class ModuleCatalog
{
    private const string Platform = "GeenKindDeBuurtUit.";

    public static IReadOnlyList<IModule> All { get; } =
    [
        new NeighbourhoodsModule(),
        new SupportCasesModule(),
        new ExpertisePoolModule(),
        new CollectiveBudgetModule(),
        new MonitoringModule(),
        new AuditModule(),
        new NotificationsModule(),
        new FacilitiesModule(),
    ];

    /// <summary>
    /// Every events assembly the modules are built against (the projects named <c>*.IntegrationEvents</c>):
    /// the relay delivers their events and no others (docs/adr/0034).
    /// </summary>
    public static IReadOnlyList<Assembly> EventAssemblies { get; } = FindEventAssemblies();

    private static List<Assembly> FindEventAssemblies()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<Assembly>(All.Select(module => module.GetType().Assembly));
        var events = new List<Assembly>();
        while (pending.TryDequeue(out var assembly))
        {
            if (!seen.Add(assembly.GetName().Name!))
            {
                continue;
            }

            if (assembly.GetName().Name!.EndsWith(".IntegrationEvents", StringComparison.Ordinal))
            {
                events.Add(assembly);
            }

            foreach (var reference in assembly.GetReferencedAssemblies().Where(r => r.Name?.StartsWith(Platform, StringComparison.Ordinal) == true))
            {
                pending.Enqueue(Assembly.Load(reference));
            }
        }

        return events;
    }
}
