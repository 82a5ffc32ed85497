namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// Records that one handler of the receiving module has handled one event, in the same
/// transaction as the handler's change: a redelivered event then has no second effect.
/// </summary>
public sealed class InboxMessage
{
    public Guid EventId { get; init; }

    public required string Handler { get; init; }

    public required string EventType { get; init; }

    public DateTime ProcessedAt { get; init; }
}
