using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Tests.Fixtures;
using GeenKindDeBuurtUit.Platform.Outbox;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Messaging;

/// <summary>
/// A backlog larger than one batch (a burst of commits, a host that was down) goes out in one run,
/// not a batch per commit or per periodic run a minute apart (found by the benchmark, docs/adr/0018).
/// </summary>
public sealed class RelayBacklogTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task One_run_delivers_a_backlog_of_two_and_a_half_batches()
    {
        var batch = new OutboxRelayOptions().BatchSize;
        var events = Enumerable.Range(0, batch * 5 / 2).Select(_ => new WidgetCreated(Guid.NewGuid())).ToList();
        foreach (var created in events)
        {
            await _db.PublishAsync(created);
        }

        var failures = await _db.NewRelay().RelayAsync(CancellationToken.None);

        Assert.Empty(failures);
        Assert.Equal(0, await _db.InScopeAsync(context => context.Outbox.CountAsync(m => m.ProcessedAt == null)));
        foreach (var created in events)
        {
            Assert.Equal(1, await _db.EffectsOfAsync(created.EventId));
        }
    }

    [Fact]
    public async Task A_run_with_a_failing_message_in_a_full_batch_still_ends_and_delivers_the_rest()
    {
        var batch = new OutboxRelayOptions().BatchSize;
        var archived = new WidgetArchived(Guid.NewGuid());
        await _db.PublishAsync(archived);
        var created = Enumerable.Range(0, batch).Select(_ => new WidgetCreated(Guid.NewGuid())).ToList();
        foreach (var e in created)
        {
            await _db.PublishAsync(e);
        }

        _db.Fault.Failing = true;

        var failures = await _db.NewRelay().RelayAsync(CancellationToken.None);

        Assert.Equal(archived.EventId, Assert.Single(failures).EventId);
        Assert.Equal(0, await _db.EffectsOfAsync(archived.EventId));
        foreach (var e in created)
        {
            Assert.Equal(1, await _db.EffectsOfAsync(e.EventId));
        }
    }
}
