using System.Collections.Concurrent;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;
using Mediator;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Fixtures;

/// <summary>An event whose only handler counts how often the relay handed it over.</summary>
public sealed record WidgetTallied(Guid WidgetId) : IntegrationEvent;

/// <summary>
/// Counts every delivery of a <see cref="WidgetTallied"/>, with no inbox that would turn a second
/// one into no effect: what "delivered once" is measured by. Keyed by the event's id, so tests
/// running at once keep apart.
/// </summary>
internal sealed class WidgetDeliveries : INotificationHandler<WidgetTallied>
{
    private static readonly ConcurrentDictionary<Guid, int> Counts = new();

    public static int Of(Guid eventId) => Counts.GetValueOrDefault(eventId);

    public ValueTask Handle(WidgetTallied notification, CancellationToken cancellationToken)
    {
        Counts.AddOrUpdate(notification.EventId, 1, (_, count) => count + 1);
        return ValueTask.CompletedTask;
    }
}
