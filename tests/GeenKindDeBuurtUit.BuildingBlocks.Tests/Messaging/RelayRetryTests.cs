using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Tests.Fixtures;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Messaging;

public sealed class RelayRetryTests : IAsyncLifetime
{
    private readonly WidgetArchived _archived = new(Guid.NewGuid());
    private TestDatabase _db = null!;
    private DateTime _failedAt;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        await _db.PublishAsync(_archived);
        _db.Fault.Failing = true;
        _failedAt = _db.Clock.GetUtcNow().UtcDateTime;
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_failing_handler_leaves_the_message_for_a_retry_in_two_seconds()
    {
        var failures = await _db.NewRelay().RelayAsync(CancellationToken.None);

        var failure = Assert.Single(failures);
        Assert.Equal((_archived.EventId, 1, "Test"), (failure.EventId, failure.Attempts, failure.Module));
        var message = await _db.OutboxMessageAsync(_archived.EventId);
        Assert.Null(message.ProcessedAt);
        Assert.Equal(1, message.Attempts);
        Assert.Contains("boom", message.LastError, StringComparison.Ordinal);
        Assert.Equal(_failedAt.AddSeconds(2), message.NextAttemptAt);
        Assert.Null(message.LockedUntil);
        Assert.Equal(0, await _db.EffectsOfAsync(_archived.EventId));
    }

    [Fact]
    public async Task A_failed_message_is_not_retried_before_its_time_and_is_delivered_after()
    {
        var relay = _db.NewRelay();
        await relay.RelayAsync(CancellationToken.None);
        _db.Fault.Failing = false;

        _db.Clock.Advance(TimeSpan.FromSeconds(1.5));
        await relay.RelayAsync(CancellationToken.None);
        Assert.Equal(0, await _db.EffectsOfAsync(_archived.EventId));
        Assert.Equal(1, (await _db.OutboxMessageAsync(_archived.EventId)).Attempts);

        _db.Clock.Advance(TimeSpan.FromSeconds(0.5));
        Assert.Empty(await relay.RelayAsync(CancellationToken.None));
        Assert.Equal(1, await _db.EffectsOfAsync(_archived.EventId));
        var message = await _db.OutboxMessageAsync(_archived.EventId);
        Assert.NotNull(message.ProcessedAt);
        Assert.Null(message.LastError);
    }

    [Fact]
    public async Task Each_further_failure_doubles_the_wait()
    {
        var relay = _db.NewRelay();
        await relay.RelayAsync(CancellationToken.None);
        _db.Clock.Advance(TimeSpan.FromSeconds(2));

        await relay.RelayAsync(CancellationToken.None);

        var message = await _db.OutboxMessageAsync(_archived.EventId);
        Assert.Equal(2, message.Attempts);
        Assert.Equal(_failedAt.AddSeconds(2 + 4), message.NextAttemptAt);
    }
}
