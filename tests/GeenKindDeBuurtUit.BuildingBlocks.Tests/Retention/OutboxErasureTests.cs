using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Retention;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;
using GeenKindDeBuurtUit.BuildingBlocks.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Retention;

public sealed class OutboxErasureTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Only_delivered_rows_about_the_case_are_forgotten_and_waiting_rows_are_reported()
    {
        var (forgotten, other) = (Guid.NewGuid(), Guid.NewGuid());
        var delivered = new WidgetCreated(forgotten);
        var waiting = new WidgetArchived(forgotten);
        var unrelated = new WidgetCreated(other);
        foreach (var integrationEvent in new IntegrationEvent[] { delivered, waiting, unrelated })
        {
            await _db.PublishAsync(integrationEvent);
        }

        await _db.InScopeAsync(context => context.Outbox.Where(m => m.Id != waiting.EventId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAt, DateTime.UtcNow)));

        Assert.True(await _db.InScopeAsync(context => context.HasUndeliveredMessagesAboutCaseAsync(forgotten, CancellationToken.None)));
        Assert.False(await _db.InScopeAsync(context => context.HasUndeliveredMessagesAboutCaseAsync(other, CancellationToken.None)));
        Assert.Equal(1, await _db.InScopeAsync(context => context.ForgetDeliveredMessagesAboutCaseAsync(forgotten, CancellationToken.None)));

        var left = await _db.InScopeAsync(context => context.Outbox.Select(m => m.Id).ToListAsync());
        Assert.Equal(new[] { waiting.EventId, unrelated.EventId }.Order(), left.Order());
    }

    [Fact]
    public async Task A_delivered_row_about_another_case_stays_though_its_payload_mentions_the_erased_id()
    {
        var (forgotten, other) = (Guid.NewGuid(), Guid.NewGuid());
        var mentioning = new OutboxMessage
        {
            Id = Guid.NewGuid(),
            Type = IntegrationEventSerializer.TypeName(typeof(WidgetCreated)),
            Payload = $"{{\"widgetId\":\"{other}\",\"note\":\"follows {forgotten}\"}}",
            OccurredAt = _db.Clock.GetUtcNow().UtcDateTime,
            ProcessedAt = _db.Clock.GetUtcNow().UtcDateTime,
            SupportCaseId = other,
        };
        await _db.InScopeAsync(async context =>
        {
            context.Outbox.Add(mentioning);
            await context.SaveChangesAsync();
        });

        Assert.Equal(0, await _db.InScopeAsync(context => context.ForgetDeliveredMessagesAboutCaseAsync(forgotten, CancellationToken.None)));
        Assert.Equal(1, await _db.InScopeAsync(context => context.ForgetDeliveredMessagesAboutCaseAsync(other, CancellationToken.None)));
    }
}
