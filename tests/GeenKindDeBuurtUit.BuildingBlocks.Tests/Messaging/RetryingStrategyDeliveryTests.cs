using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;
using GeenKindDeBuurtUit.BuildingBlocks.Tests.Fixtures;
using GeenKindDeBuurtUit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

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

    [Fact]
    public async Task A_unit_whose_insert_meets_a_row_of_the_same_key_runs_again_and_has_one_effect()
    {
        var contended = new WidgetContended(Guid.NewGuid());
        var handler = new ContendedWidgetHandler(NewContext(), NewContext);

        await handler.Handle(contended, CancellationToken.None);

        Assert.Equal(2, handler.Attempts);
        await using var context = NewContext();
        Assert.Equal(1, await context.Effects.CountAsync(e => e.Id == contended.WidgetId));
        Assert.Equal(1, await context.Inbox.CountAsync(m => m.EventId == contended.EventId));
    }

    private TestDbContext NewContext() => new(_database
        .Use(new DbContextOptionsBuilder<TestDbContext>(), d => new RetryOnTransientStrategy(d))
        .Options);
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

/// <summary>Only this test delivers it, straight to its handler.</summary>
public sealed record WidgetContended(Guid WidgetId) : IntegrationEvent;

/// <summary>
/// On its first run a rival unit adds the row this unit adds, just before it saves: without SQLite's
/// write gate two units can do that. The rival writes in this unit's own transaction here, so the
/// collision happens on every engine, and rolls back with it.
/// </summary>
internal sealed class ContendedWidgetHandler(TestDbContext context, Func<TestDbContext> rivals) : IntegrationEventHandler<WidgetContended, TestDbContext>(context)
{
    public int Attempts { get; private set; }

    protected override async Task HandleAsync(WidgetContended integrationEvent, CancellationToken cancellationToken)
    {
        Attempts++;
        if (Attempts == 1)
        {
            await using var rival = rivals();
            rival.Database.SetDbConnection(Context.Database.GetDbConnection());
            await rival.Database.UseTransactionAsync(Context.Database.CurrentTransaction!.GetDbTransaction(), cancellationToken);
            rival.Effects.Add(new Effect { Id = integrationEvent.WidgetId });
            await rival.SaveChangesAsync(cancellationToken);
        }

        Context.Effects.Add(new Effect { Id = integrationEvent.WidgetId, EventId = integrationEvent.EventId });
    }
}
