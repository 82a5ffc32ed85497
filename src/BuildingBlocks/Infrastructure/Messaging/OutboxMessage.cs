namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// An integration event waiting in its module's outbox. Times are UTC <see cref="DateTime"/>s
/// because SQLite cannot compare or order <see cref="DateTimeOffset"/> in queries.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; }

    public required string Type { get; init; }

    public required string Payload { get; init; }

    public DateTime OccurredAt { get; init; }

    /// <summary>The support case the event is about (<see cref="IntegrationEvents.ISupportCaseEvent"/>), so erasing the case finds its rows.</summary>
    public Guid? SupportCaseId { get; init; }

    public DateTime? ProcessedAt { get; set; }

    public int Attempts { get; set; }

    public DateTime? NextAttemptAt { get; set; }

    /// <summary>A relay instance holds the message until this time; after a crash the lease simply runs out.</summary>
    public DateTime? LockedUntil { get; set; }

    public string? LockedBy { get; set; }

    public string? LastError { get; set; }
}
