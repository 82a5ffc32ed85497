using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.Benchmarks.Seeding;

/// <summary>
/// Hands integration events to one module's own handlers, as the outbox relay would, each in its own
/// scope and transaction with its inbox record. Used where a scale needs one module's data without the
/// whole support route behind it (the country's monitoring, the recalculation sizes). A delivery that
/// lost a race to a parallel one is tried again (on PostgreSQL two handlers of one area both move its
/// pending recalculation row, or both create one monitoring summary row; SQLite's write gate lets only one write at a time), as the relay tries a failed delivery again; the inbox keeps it once.
/// </summary>
internal sealed class EventPublisher(IServiceProvider services, string moduleNamespace)
{
    public async Task PublishAsync<TEvent>(IEnumerable<TEvent> events, int parallelism = 4)
        where TEvent : IntegrationEvent
    {
        await Parallel.ForEachAsync(events, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (e, _) => await PublishAsync(e));
    }

    public async Task PublishAsync<TEvent>(TEvent integrationEvent)
        where TEvent : IntegrationEvent
    {
        const int attempts = 50;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                await HandlerIn<TEvent>(scope.ServiceProvider).Handle(integrationEvent, CancellationToken.None);
                return;
            }
            catch (DbUpdateException) when (attempt < attempts)
            {
                await Task.Delay(Random.Shared.Next(5, Math.Min(20 * attempt, 250)));
            }
        }
    }

    private INotificationHandler<TEvent> HandlerIn<TEvent>(IServiceProvider provider)
        where TEvent : IntegrationEvent =>
        provider.GetServices<INotificationHandler<TEvent>>()
            .SingleOrDefault(h => h.GetType().Namespace?.StartsWith(moduleNamespace, StringComparison.Ordinal) == true)
        ?? throw new InvalidOperationException($"No handler of {typeof(TEvent).Name} in {moduleNamespace}.");
}
