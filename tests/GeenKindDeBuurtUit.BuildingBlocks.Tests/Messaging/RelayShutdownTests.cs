using GeenKindDeBuurtUit.BuildingBlocks.Tests.Fixtures;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Messaging;

/// <summary>
/// A relay claims a whole batch and marks it delivered in one statement at the end (docs/adr/0023),
/// and a module handles its share of the batch in one transaction (docs/adr/0080); stopped in the
/// middle of that share, it rolls the share back and hands back every message at once.
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
    public async Task Stopped_during_the_second_delivery_it_rolls_back_the_first_and_hands_back_every_message()
    {
        using var shutdown = new CancellationTokenSource();
        _db.Fault.DuringDelivery = () => _db.Fault.DuringDelivery = shutdown.Cancel;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _db.NewRelay().RelayAsync(shutdown.Token));

        foreach (var created in _events)
        {
            var message = await _db.OutboxMessageAsync(created.EventId);
            Assert.Null(message.ProcessedAt);
            Assert.Null(message.LockedBy);
            Assert.Null(message.LockedUntil);
            Assert.Equal(0, message.Attempts);
            Assert.Equal(0, await _db.EffectsOfAsync(created.EventId));
            Assert.Equal(0, await _db.InboxRowsOfAsync(created.EventId));
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
