using GeenKindDeBuurtUit.BuildingBlocks.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Messaging;

public sealed class RelayLeaseTests : IAsyncLifetime
{
    private readonly WidgetCreated _created = new(Guid.NewGuid());
    private TestDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        await _db.PublishAsync(_created);
        var leaseEnd = _db.Clock.GetUtcNow().UtcDateTime.AddMinutes(2);
        await _db.InScopeAsync(context => context.Outbox.Where(m => m.Id == _created.EventId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, leaseEnd).SetProperty(m => m.LockedBy, "another-host")));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_message_claimed_by_another_relay_is_left_alone_while_its_lease_lasts()
    {
        _db.Clock.Advance(TimeSpan.FromMinutes(2));

        await _db.NewRelay().RelayAsync(CancellationToken.None);

        Assert.Equal(0, await _db.EffectsOfAsync(_created.EventId));
        Assert.Equal("another-host", (await _db.OutboxMessageAsync(_created.EventId)).LockedBy);
    }

    [Fact]
    public async Task A_message_whose_lease_ran_out_is_taken_over_and_delivered()
    {
        _db.Clock.Advance(TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(1));

        await _db.NewRelay().RelayAsync(CancellationToken.None);

        Assert.Equal(1, await _db.EffectsOfAsync(_created.EventId));
        Assert.NotNull((await _db.OutboxMessageAsync(_created.EventId)).ProcessedAt);
    }
}
