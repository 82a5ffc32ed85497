using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.Benchmarks.Seeding;

/// <summary>
/// Hands integration events to one module's own handlers, as the outbox relay would, each in its own
/// scope and transaction with its inbox record. Used where a scale needs one module's data without the
/// whole support route behind it (the country's monitoring, the recalculation sizes).
/// </summary>
internal sealed class EventPublisher(IServiceProvider services, string moduleNamespace)
{
    public async Task PublishAsync<TEvent>(IEnumerable<TEvent> events, int parallelism = 4)
        where TEvent : IntegrationEvent
    {
        await Parallel.ForEachAsync(events, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (e, ct) =>
        {
            await using var scope = services.CreateAsyncScope();
            await HandlerIn<TEvent>(scope.ServiceProvider).Handle(e, ct);
        });
    }

    public async Task PublishAsync<TEvent>(TEvent integrationEvent)
        where TEvent : IntegrationEvent
    {
        await using var scope = services.CreateAsyncScope();
        await HandlerIn<TEvent>(scope.ServiceProvider).Handle(integrationEvent, CancellationToken.None);
    }

    private INotificationHandler<TEvent> HandlerIn<TEvent>(IServiceProvider provider)
        where TEvent : IntegrationEvent =>
        provider.GetServices<INotificationHandler<TEvent>>()
            .SingleOrDefault(h => h.GetType().Namespace?.StartsWith(moduleNamespace, StringComparison.Ordinal) == true)
        ?? throw new InvalidOperationException($"No handler of {typeof(TEvent).Name} in {moduleNamespace}.");
}
