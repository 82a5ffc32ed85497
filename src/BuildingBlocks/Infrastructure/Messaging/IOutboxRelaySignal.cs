namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;

/// <summary>Told after a commit that wrote outbox rows, so the relay runs now instead of at its next period.</summary>
public interface IOutboxRelaySignal
{
    void OutboxWritten();
}
