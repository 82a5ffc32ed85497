using GeenKindDeBuurtUit.BuildingBlocks.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Messaging;

public sealed class ExactlyOnceDeliveryTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Relay_delivers_a_published_event_to_the_receiving_handler_and_marks_it_processed()
    {
        var created = new WidgetCreated(Guid.NewGuid());
        await _db.PublishAsync(created);

        var failures = await _db.NewRelay().RelayAsync(CancellationToken.None);

        Assert.Empty(failures);
        Assert.Equal(1, await _db.EffectsOfAsync(created.EventId));
        var message = await _db.OutboxMessageAsync(created.EventId);
        Assert.Equal(_db.Clock.GetUtcNow().UtcDateTime, message.ProcessedAt);
        Assert.Null(message.LockedUntil);
    }

    [Fact]
    public async Task Relay_running_twice_delivers_an_event_once()
    {
        var created = new WidgetCreated(Guid.NewGuid());
        await _db.PublishAsync(created);
        var relay = _db.NewRelay();

        await relay.RelayAsync(CancellationToken.None);
        await relay.RelayAsync(CancellationToken.None);

        Assert.Equal(1, await _db.EffectsOfAsync(created.EventId));
    }

    [Fact]
    public async Task An_event_delivered_twice_to_its_handler_has_one_effect_and_one_inbox_row()
    {
        var created = new WidgetCreated(Guid.NewGuid());

        await _db.InScopeAsync(context => new WidgetCreatedHandler(context, _db.Fault).Handle(created, CancellationToken.None).AsTask());
        await _db.InScopeAsync(context => new WidgetCreatedHandler(context, _db.Fault).Handle(created, CancellationToken.None).AsTask());

        Assert.Equal(1, await _db.EffectsOfAsync(created.EventId));
        Assert.Equal(1, await _db.InboxRowsOfAsync(created.EventId));
    }

    [Fact]
    public async Task An_event_delivered_twice_at_the_same_time_has_one_effect()
    {
        var created = new WidgetCreated(Guid.NewGuid());

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
            _db.InScopeAsync(context => new WidgetCreatedHandler(context, _db.Fault).Handle(created, CancellationToken.None).AsTask()))));

        Assert.Equal(1, await _db.EffectsOfAsync(created.EventId));
        Assert.Equal(1, await _db.InboxRowsOfAsync(created.EventId));
    }

    [Fact]
    public async Task Two_relays_running_at_once_deliver_every_event_once()
    {
        var events = Enumerable.Range(0, 20).Select(_ => new WidgetCreated(Guid.NewGuid())).ToList();
        foreach (var created in events)
        {
            await _db.PublishAsync(created);
        }

        var runs = await Task.WhenAll(
            Task.Run(() => _db.NewRelay().RelayAsync(CancellationToken.None)),
            Task.Run(() => _db.NewRelay().RelayAsync(CancellationToken.None)));

        Assert.All(runs, Assert.Empty);
        Assert.Equal(events.Count, await _db.InScopeAsync(context => context.Effects.CountAsync()));
        Assert.Equal(events.Count, await _db.InScopeAsync(context => context.Effects.Select(e => e.EventId).Distinct().CountAsync()));
        Assert.Equal(0, await _db.InScopeAsync(context => context.Outbox.CountAsync(m => m.ProcessedAt == null)));
    }
}
