using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using NSubstitute;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Messaging;

public sealed class OutboxTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Publish_and_commit_store_the_change_and_its_event_together()
    {
        var widget = new Widget(Guid.NewGuid(), "Alpha");
        var created = new WidgetCreated(widget.Id);

        await _db.InScopeAsync(context =>
        {
            context.Widgets.Add(widget);
            context.Publish(created);
            return context.CommitAsync(CancellationToken.None);
        });

        var message = await _db.OutboxMessageAsync(created.EventId);
        Assert.Equal(IntegrationEventSerializer.TypeName(typeof(WidgetCreated)), message.Type);
        Assert.Equal(_db.Clock.GetUtcNow().UtcDateTime, message.OccurredAt);
        Assert.Null(message.ProcessedAt);
        var stored = Assert.IsType<WidgetCreated>(new IntegrationEventTypes([typeof(WidgetCreated).Assembly]).Deserialize(message.Type, message.Payload));
        Assert.Equal(created with { OccurredAt = _db.Clock.GetUtcNow() }, stored);
        Assert.True(await _db.InScopeAsync(context => context.Widgets.AnyAsync(w => w.Id == widget.Id)));
    }

    [Fact]
    public async Task A_commit_that_fails_stores_neither_the_change_nor_its_event()
    {
        await _db.InScopeAsync(context =>
        {
            context.Widgets.Add(new Widget(Guid.NewGuid(), "Alpha"));
            return context.CommitAsync(CancellationToken.None);
        });
        var beta = new Widget(Guid.NewGuid(), "Beta");
        var created = new WidgetCreated(beta.Id);

        await _db.InScopeAsync(async context =>
        {
            context.Widgets.Add(beta);
            context.Widgets.Add(new Widget(Guid.NewGuid(), "Alpha"));
            context.Publish(created);
            await Assert.ThrowsAsync<DbUpdateException>(() => context.CommitAsync(CancellationToken.None));
        });

        Assert.Equal(0, await _db.InScopeAsync(context => context.Outbox.CountAsync()));
        Assert.False(await _db.InScopeAsync(context => context.Widgets.AnyAsync(w => w.Id == beta.Id)));
        _db.Signal.DidNotReceive().OutboxWritten();
    }

    [Fact]
    public async Task A_commit_that_wrote_events_tells_the_relay_to_run()
    {
        await _db.PublishAsync(new WidgetCreated(Guid.NewGuid()));

        _db.Signal.Received(1).OutboxWritten();
    }

    [Fact]
    public async Task A_commit_without_events_leaves_the_relay_alone()
    {
        await _db.InScopeAsync(context =>
        {
            context.Widgets.Add(new Widget(Guid.NewGuid(), "Alpha"));
            return context.CommitAsync(CancellationToken.None);
        });

        _db.Signal.DidNotReceive().OutboxWritten();
    }
}
