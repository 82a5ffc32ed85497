using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Faults;
using GeenKindDeBuurtUit.Host.Faults;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.Host.Tests.Faults;

/// <summary>Fault points are injected, inert unless the host switched them on, and armed only by registered names (docs/adr/0034).</summary>
public sealed class FaultInjectionTests
{
    [Fact]
    public void Without_the_switch_the_container_holds_the_injector_that_does_nothing()
    {
        using var provider = new ServiceCollection().AddFaultPoint("module-point").AddFaultInjection(enabled: false).BuildServiceProvider();

        Assert.IsType<NoFaultInjector>(provider.GetRequiredService<IFaultInjector>());
    }

    [Fact]
    public void Code_reaching_a_point_without_any_host_choice_gets_the_injector_that_does_nothing()
    {
        using var provider = new ServiceCollection().AddFaultPoint("module-point").BuildServiceProvider();

        Assert.IsType<NoFaultInjector>(provider.GetRequiredService<IFaultInjector>());
    }

    [Fact]
    public void With_the_switch_the_armed_injector_knows_the_platform_points_and_those_modules_registered()
    {
        using var provider = new ServiceCollection().AddFaultPoint("module-point").AddFaultInjection(enabled: true).BuildServiceProvider();
        var points = provider.GetServices<FaultPoint>().ToList();

        var armed = new ArmedFaultInjector("module-point:2", $"{PlatformFaultPoints.HandlerCommitted}:1", points);

        Assert.Equal($"GKDBU_CRASH_AT=module-point:2, GKDBU_HANG_AT={PlatformFaultPoints.HandlerCommitted}:1", armed.Armed);
        var typo = Assert.Throws<InvalidOperationException>(() => new ArmedFaultInjector("budget-recalculatd:1", null, points));
        Assert.Contains("module-point", typo.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hang_point_holds_only_its_armed_arrival_until_cancelled()
    {
        var armed = new ArmedFaultInjector(null, "module-point:2", [new FaultPoint("module-point")]);
        using var cancel = new CancellationTokenSource();

        await armed.ReachedAsync("module-point", cancel.Token);
        var second = armed.ReachedAsync("module-point", cancel.Token).AsTask();
        await Task.Delay(50);
        Assert.False(second.IsCompleted);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second);
    }
}
