namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// While the relay collects a batch (docs/adr/0080), the handlers of its scope note their deliveries
/// here instead of running them; the relay then runs each receiving module's share in one transaction.
/// </summary>
public sealed class IntegrationEventCollector
{
    private List<IntegrationEventDelivery>? collected;

    public void Start() => collected = [];

    /// <returns>What the handlers noted since <see cref="Start"/>, in the order of the events.</returns>
    public IReadOnlyList<IntegrationEventDelivery> Stop() => Interlocked.Exchange(ref collected, null) ?? [];

    /// <returns>False when nothing collects: the handler runs the delivery itself.</returns>
    internal bool TryNote(IntegrationEventDelivery delivery)
    {
        collected?.Add(delivery);
        return collected is not null;
    }
}
