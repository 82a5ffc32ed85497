using System.Collections.Concurrent;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Faults;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Fixtures;

/// <summary>Counts how often each fault point is reached, and does nothing else: a handler commit shows as one arrival at its point.</summary>
public sealed class FaultPointArrivals : IFaultInjector
{
    private readonly ConcurrentDictionary<string, int> _arrivals = new(StringComparer.Ordinal);

    public int this[string point] => _arrivals.GetValueOrDefault(point);

    public void Reached(string point) => _arrivals.AddOrUpdate(point, 1, (_, count) => count + 1);

    public ValueTask ReachedAsync(string point, CancellationToken cancellationToken)
    {
        Reached(point);
        return ValueTask.CompletedTask;
    }
}
