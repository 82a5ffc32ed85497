using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;

/// <summary>One handler's share of one event, noted while an <see cref="IntegrationEventCollector"/> collects.</summary>
public abstract record IntegrationEventDelivery(ModuleDbContext Context, Guid EventId, string Handler)
{
    /// <summary>The handler's change and its inbox record, saved in the transaction the caller holds.</summary>
    /// <returns>Whether it wrote to the module's outbox.</returns>
    public abstract Task<bool> SaveAsync(CancellationToken cancellationToken);

    /// <summary>As if the event came alone: its own inbox question, transaction and commit.</summary>
    public abstract Task DeliverAloneAsync(CancellationToken cancellationToken);
}
