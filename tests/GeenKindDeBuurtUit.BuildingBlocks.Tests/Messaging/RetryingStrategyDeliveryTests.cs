using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;
using GeenKindDeBuurtUit.BuildingBlocks.Tests.Fixtures;
using GeenKindDeBuurtUit.Testing;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Messaging;

/// <summary>
/// SQL Server and PostgreSQL run with a retrying execution strategy, which refuses a transaction
/// begun outside it. This test gives the test module one of its own, on the matrix's engine: the inbox handler must work under
/// it and a retried delivery must still have exactly one effect.
/// </summary>
public sealed class RetryingStrategyDeliveryTests : IAsyncLifetime
{
    private readonly MatrixDatabase _database = new("gkdbu-retrying-");

    public async Task InitializeAsync()
    {
        await using var context = NewContext();
        await context.Database.EnsureCreatedAsync();
    }

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_delivery_that_fails_transiently_once_is_retried_whole_and_has_one_effect()
    {
        var created = new WidgetRetried(Guid.NewGuid());
        var handler = new FlakyWidgetRetriedHandler(NewContext()) { Failures = 1 };

        await handler.Handle(created, CancellationToken.None);

        Assert.Equal(2, handler.Attempts);
        await using var context = NewContext();
        Assert.Equal(1, await context.Effects.CountAsync(e => e.EventId == created.EventId));
        Assert.Equal(1, await context.Inbox.CountAsync(m => m.EventId == created.EventId));
    }

    private TestDbContext NewContext() => new(_database
        .Use(new DbContextOptionsBuilder<TestDbContext>(), d => new RetryOnTransientStrategy(d))
        .Options, ModuleDbContextDependencies.None);
}

/// <summary>Only this test delivers it, straight to its handler.</summary>
public sealed record WidgetRetried(Guid WidgetId) : IntegrationEvent;

/// <summary>Adds its effect, then fails transiently after it: a retry that kept the first attempt's tracked rows would write two.</summary>
internal sealed class FlakyWidgetRetriedHandler(TestDbContext context) : IntegrationEventHandler<WidgetRetried, TestDbContext>(context)
{
    public int Failures { get; init; }

    public int Attempts { get; private set; }

    protected override Task HandleAsync(WidgetRetried integrationEvent, CancellationToken cancellationToken)
    {
        Attempts++;
        Context.Effects.Add(new Effect { EventId = integrationEvent.EventId });
        return Attempts <= Failures ? throw new TransientTestException() : Task.CompletedTask;
    }
}
