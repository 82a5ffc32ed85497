using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Faults;

public static class FaultPointRegistration
{
    /// <summary>
    /// Makes a point armable (a point not registered is refused when the host starts armed with it),
    /// and gives code reaching it the no-op injector unless the host chose otherwise.
    /// </summary>
    public static IServiceCollection AddFaultPoint(this IServiceCollection services, string name)
    {
        services.AddSingleton(new FaultPoint(name));
        services.TryAddSingleton<IFaultInjector>(NoFaultInjector.Instance);
        return services;
    }
}
