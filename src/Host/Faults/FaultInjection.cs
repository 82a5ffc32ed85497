using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Faults;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GeenKindDeBuurtUit.Host.Faults;

/// <summary>
/// Whether fault points can fire (docs/adr/0034). Only a host started with <see cref="Switch"/> on its
/// command line reads <see cref="KillVariable"/> and <see cref="HangVariable"/>; no configuration
/// file or environment variable can turn it on, so a production host ignores them.
/// </summary>
internal static class FaultInjection
{
    /// <summary>The command-line switch the crash tests start the host with.</summary>
    public const string Switch = "--crash-tests-fault-injection";

    public const string KillVariable = "GKDBU_CRASH_AT";
    public const string HangVariable = "GKDBU_HANG_AT";

    public static IServiceCollection AddFaultInjection(this IServiceCollection services, bool enabled)
    {
        foreach (var point in PlatformFaultPoints.All)
        {
            services.AddFaultPoint(point);
        }

        services.Replace(enabled
            ? ServiceDescriptor.Singleton<IFaultInjector>(provider => new ArmedFaultInjector(
                Environment.GetEnvironmentVariable(KillVariable),
                Environment.GetEnvironmentVariable(HangVariable),
                provider.GetServices<FaultPoint>()))
            : ServiceDescriptor.Singleton<IFaultInjector>(NoFaultInjector.Instance));
        return services;
    }

    /// <summary>Whether a variable is set that this host ignores, to say so at start-up.</summary>
    public static bool VariablesSet =>
        !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(KillVariable)) || !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(HangVariable));
}
