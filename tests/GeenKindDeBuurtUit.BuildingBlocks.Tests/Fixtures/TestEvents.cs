using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Fixtures;

// A widget stands in for a support case where the outbox erasure is tested.
public sealed record WidgetCreated(Guid WidgetId) : IntegrationEvent, ISupportCaseEvent
{
    Guid? ISupportCaseEvent.SupportCaseId => WidgetId;
}

public sealed record WidgetArchived(Guid WidgetId) : IntegrationEvent, ISupportCaseEvent
{
    Guid? ISupportCaseEvent.SupportCaseId => WidgetId;
}

/// <summary>Makes the <see cref="WidgetArchivedHandler"/> fail while set; <c>DuringDelivery</c> runs once inside the next WidgetCreated delivery.</summary>
public sealed class HandlerFault
{
    public volatile bool Failing;

    public Action? DuringDelivery;
}

internal sealed class WidgetCreatedHandler(TestDbContext context, HandlerFault fault) : IntegrationEventHandler<WidgetCreated, TestDbContext>(context)
{
    protected override Task HandleAsync(WidgetCreated integrationEvent, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref fault.DuringDelivery, null)?.Invoke();
        Context.Effects.Add(new Effect { EventId = integrationEvent.EventId });
        return Task.CompletedTask;
    }
}

internal sealed class WidgetArchivedHandler(TestDbContext context, HandlerFault fault) : IntegrationEventHandler<WidgetArchived, TestDbContext>(context)
{
    protected override Task HandleAsync(WidgetArchived integrationEvent, CancellationToken cancellationToken)
    {
        if (fault.Failing)
        {
            throw new InvalidOperationException("boom");
        }

        Context.Effects.Add(new Effect { EventId = integrationEvent.EventId });
        return Task.CompletedTask;
    }
}
