using GeenKindDeBuurtUit.BuildingBlocks.Tests.Fixtures;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Messaging;

/// <summary>
/// A relay claims a whole batch and marks it delivered in one statement at the end (docs/adr/0023);
/// stopped in the middle of a batch, it still marks what went out and hands back the rest at once.
/// </summary>
public sealed class RelayShutdownTests : IAsyncLifetime
{
    private readonly List<WidgetCreated> _events = [new(Guid.NewGuid()), new(Guid.NewGuid()), new(Guid.NewGuid())];
    private TestDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        foreach (var created in _events)
        {
            await _db.PublishAsync(created);
            _db.Clock.Advance(TimeSpan.FromMilliseconds(1));
        }
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Stopped_during_the_second_delivery_it_marks_the_first_and_releases_the_others()
    {
        using var shutdown = new CancellationTokenSource();
        _db.Fault.DuringDelivery = () => _db.Fault.DuringDelivery = shutdown.Cancel;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _db.NewRelay().RelayAsync(shutdown.Token));

        var first = await _db.OutboxMessageAsync(_events[0].EventId);
        Assert.NotNull(first.ProcessedAt);
        Assert.Equal(1, await _db.EffectsOfAsync(_events[0].EventId));
        foreach (var left in _events.Skip(1))
        {
            var message = await _db.OutboxMessageAsync(left.EventId);
            Assert.Null(message.ProcessedAt);
            Assert.Null(message.LockedBy);
            Assert.Null(message.LockedUntil);
            Assert.Equal(0, await _db.EffectsOfAsync(left.EventId));
        }
    }

    [Fact]
    public async Task What_it_handed_back_the_next_relay_delivers_at_once()
    {
        using var shutdown = new CancellationTokenSource();
        _db.Fault.DuringDelivery = () => _db.Fault.DuringDelivery = shutdown.Cancel;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _db.NewRelay().RelayAsync(shutdown.Token));

        var failures = await _db.NewRelay().RelayAsync(CancellationToken.None);

        Assert.Empty(failures);
        foreach (var created in _events)
        {
            Assert.Equal(1, await _db.EffectsOfAsync(created.EventId));
            Assert.NotNull((await _db.OutboxMessageAsync(created.EventId)).ProcessedAt);
        }
    }
}
