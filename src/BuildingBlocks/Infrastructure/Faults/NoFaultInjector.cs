namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Faults;

/// <summary>The production injector: every point is passed straight through.</summary>
public sealed class NoFaultInjector : IFaultInjector
{
    public static NoFaultInjector Instance { get; } = new();

    public void Reached(string point)
    {
    }

    public ValueTask ReachedAsync(string point, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
