using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Tests.Fixtures;
using GeenKindDeBuurtUit.Platform.Outbox;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Messaging;

/// <summary>The relay reads back only registered integration event types (docs/adr/0034).</summary>
public sealed class OutboxAllowListTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Theory]
    [InlineData("System.IO.FileInfo, System.IO.FileSystem")]
    [InlineData("GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents.IntegrationEvent, GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents")]
    [InlineData("No.Such.Type, Nowhere")]
    public async Task A_row_naming_an_unregistered_type_is_dead_lettered_and_the_others_are_delivered(string typeName)
    {
        var hostile = Guid.NewGuid();
        var created = new WidgetCreated(Guid.NewGuid());
        await _db.InScopeAsync(context =>
        {
            context.Outbox.Add(new OutboxMessage { Id = hostile, Type = typeName, Payload = "{\"originalFileName\":\"/etc/passwd\"}", OccurredAt = _db.Clock.GetUtcNow().UtcDateTime });
            context.Publish(created);
            return context.CommitAsync(CancellationToken.None);
        });

        var failure = Assert.Single(await _db.NewRelay().RelayAsync(CancellationToken.None));
        _db.Clock.Advance(TimeSpan.FromDays(365));
        var later = await _db.NewRelay().RelayAsync(CancellationToken.None);

        Assert.Equal(hostile, failure.EventId);
        Assert.Empty(later);
        Assert.Equal(1, await _db.EffectsOfAsync(created.EventId));
        var message = await _db.OutboxMessageAsync(hostile);
        Assert.Null(message.ProcessedAt);
        Assert.Equal(1, message.Attempts);
        Assert.Equal(OutboxRelay.DeadLettered, message.NextAttemptAt);
        Assert.StartsWith("Dead-lettered", message.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public void The_allow_list_holds_the_concrete_events_of_the_registered_assemblies_only()
    {
        var events = new IntegrationEventTypes([typeof(WidgetCreated).Assembly]);

        Assert.Contains(typeof(WidgetCreated), events.All);
        Assert.Contains(typeof(WidgetArchived), events.All);
        Assert.All(events.All, type => Assert.False(type.IsAbstract));
        Assert.False(events.IsKnown("System.IO.FileInfo, System.IO.FileSystem"));
        Assert.Throws<InvalidOperationException>(() => events.Deserialize("System.IO.FileInfo, System.IO.FileSystem", "{}"));
    }
}
