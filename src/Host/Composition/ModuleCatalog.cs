using GeenKindDeBuurtUit.Audit;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Modules;
using GeenKindDeBuurtUit.CollectiveBudget;
using GeenKindDeBuurtUit.ExpertisePool;
using GeenKindDeBuurtUit.Monitoring;
using GeenKindDeBuurtUit.Neighbourhoods;
using GeenKindDeBuurtUit.SupportCases;

namespace GeenKindDeBuurtUit.Host.Composition;

/// <summary>The modules of the platform. Neighbourhoods first: its seed feeds every other module's school map.</summary>
internal static class ModuleCatalog
{
    public static IReadOnlyList<IModule> All { get; } =
    [
        new NeighbourhoodsModule(),
        new SupportCasesModule(),
        new ExpertisePoolModule(),
        new CollectiveBudgetModule(),
        new MonitoringModule(),
        new AuditModule(),
    ];
}
