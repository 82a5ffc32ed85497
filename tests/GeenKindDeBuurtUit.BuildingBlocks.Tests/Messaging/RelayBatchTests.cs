using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Faults;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;
using GeenKindDeBuurtUit.BuildingBlocks.Tests.Fixtures;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Messaging;

/// <summary>
/// A receiving module handles its share of a claimed batch in one transaction (docs/adr/0080): one
/// commit for many events, and a failing event costs the others nothing but a second try alone.
/// </summary>
public sealed class RelayBatchTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Ten_events_cost_the_receiving_module_one_commit()
    {
        var events = await PublishAsync(Enumerable.Range(0, 10).Select(_ => new WidgetCreated(Guid.NewGuid())).ToArray());

        Assert.Empty(await _db.NewRelay().RelayAsync(CancellationToken.None));

        Assert.Equal(1, _db.Arrivals[PlatformFaultPoints.HandlerCommitted]);
        foreach (var created in events)
        {
            Assert.Equal(1, await _db.EffectsOfAsync(created.EventId));
            Assert.Equal(1, await _db.InboxRowsOfAsync(created.EventId));
            Assert.NotNull((await _db.OutboxMessageAsync(created.EventId)).ProcessedAt);
        }
    }

    [Fact]
    public async Task A_failing_event_is_left_for_its_retry_and_the_others_of_its_batch_are_delivered_each_alone()
    {
        var (first, failing, last) = (new WidgetCreated(Guid.NewGuid()), new WidgetArchived(Guid.NewGuid()), new WidgetCreated(Guid.NewGuid()));
        await PublishAsync<IntegrationEvent>(first, failing, last);
        _db.Fault.Failing = true;

        var failure = Assert.Single(await _db.NewRelay().RelayAsync(CancellationToken.None));

        Assert.Equal((failing.EventId, 1), (failure.EventId, failure.Attempts));
        Assert.Equal(2, _db.Arrivals[PlatformFaultPoints.HandlerCommitted]);
        var left = await _db.OutboxMessageAsync(failing.EventId);
        Assert.Null(left.ProcessedAt);
        Assert.Equal(1, left.Attempts);
        Assert.Equal(0, await _db.EffectsOfAsync(failing.EventId));
        Assert.Equal(0, await _db.InboxRowsOfAsync(failing.EventId));
        foreach (var delivered in new[] { first.EventId, last.EventId })
        {
            Assert.Equal(1, await _db.EffectsOfAsync(delivered));
            var message = await _db.OutboxMessageAsync(delivered);
            Assert.NotNull(message.ProcessedAt);
            Assert.Equal(0, message.Attempts);
        }
    }

    [Fact]
    public async Task Events_the_module_handled_before_are_skipped_and_the_rest_commit_together()
    {
        var events = await PublishAsync(Enumerable.Range(0, 4).Select(_ => new WidgetCreated(Guid.NewGuid())).ToArray());
        await _db.InScopeAsync(context => new WidgetCreatedHandler(context, _db.Fault).Handle(events[1], CancellationToken.None).AsTask());
        var before = _db.Arrivals[PlatformFaultPoints.HandlerCommitted];

        Assert.Empty(await _db.NewRelay().RelayAsync(CancellationToken.None));

        Assert.Equal(before + 1, _db.Arrivals[PlatformFaultPoints.HandlerCommitted]);
        foreach (var created in events)
        {
            Assert.Equal(1, await _db.EffectsOfAsync(created.EventId));
            Assert.Equal(1, await _db.InboxRowsOfAsync(created.EventId));
        }
    }

    [Fact]
    public async Task A_batch_the_module_has_handled_whole_commits_nothing()
    {
        var events = await PublishAsync(new WidgetCreated(Guid.NewGuid()), new WidgetCreated(Guid.NewGuid()));
        foreach (var created in events)
        {
            await _db.InScopeAsync(context => new WidgetCreatedHandler(context, _db.Fault).Handle(created, CancellationToken.None).AsTask());
        }

        Assert.Empty(await _db.NewRelay().RelayAsync(CancellationToken.None));

        Assert.Equal(2, _db.Arrivals[PlatformFaultPoints.HandlerCommitted]);
        Assert.All(await Task.WhenAll(events.Select(e => _db.EffectsOfAsync(e.EventId))), effects => Assert.Equal(1, effects));
    }

    private async Task<T[]> PublishAsync<T>(params T[] events)
        where T : IntegrationEvent
    {
        foreach (var integrationEvent in events)
        {
            await _db.PublishAsync(integrationEvent);
            _db.Clock.Advance(TimeSpan.FromMilliseconds(1));
        }

        return events;
    }
}
