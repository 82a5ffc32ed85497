using Mediator;

namespace GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;

/// <summary>
/// A fact one module tells the others. Derived records carry primitives only (ids, dates,
/// amounts, strings) so that no module learns another module's types. <see cref="EventId"/>
/// is the key of every receiver's inbox; <see cref="OccurredAt"/> is stamped when the event is
/// written to the publishing module's outbox.
/// </summary>
public abstract record IntegrationEvent : INotification
{
    public Guid EventId { get; init; } = Guid.NewGuid();

    public DateTimeOffset OccurredAt { get; init; }
}
