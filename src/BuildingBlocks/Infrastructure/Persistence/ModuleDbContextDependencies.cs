using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Faults;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// What every module context works with besides its options, resolved in the context's own scope:
/// the request's commit fence is the one its middleware raised (docs/adr/0019), the collector the
/// one the relay's batch is noted in. The relay signal, the fence and the collector are absent where
/// nothing registered them (tools, tests of one context).
/// </summary>
public sealed record ModuleDbContextDependencies(TimeProvider Clock, IFaultInjector Faults, IOutboxRelaySignal? RelaySignal, ICommitFence? CommitFence, IntegrationEventCollector? Collector)
{
    /// <summary>For a context made outside a host: the system clock, no fault points, no relay to tell, no fence, no collector.</summary>
    public static ModuleDbContextDependencies None { get; } = new(TimeProvider.System, NoFaultInjector.Instance, null, null, null);

    internal static ModuleDbContextDependencies From(IServiceProvider services) => new(
        services.GetService(typeof(TimeProvider)) as TimeProvider ?? TimeProvider.System,
        services.GetService(typeof(IFaultInjector)) as IFaultInjector ?? NoFaultInjector.Instance,
        services.GetService(typeof(IOutboxRelaySignal)) as IOutboxRelaySignal,
        services.GetService(typeof(ICommitFence)) as ICommitFence,
        services.GetService(typeof(IntegrationEventCollector)) as IntegrationEventCollector);
}
