using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Retention;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;
using GeenKindDeBuurtUit.BuildingBlocks.Tests.Fixtures;
using GeenKindDeBuurtUit.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.PostgreSql;

/// <summary>
/// The kernel's provider-neutral pieces on a real PostgreSQL server (docs/adr/0041): a unique
/// violation is recognised by SQLSTATE 23505 and nothing else is mistaken for one; a case's
/// delivered outbox rows are forgotten and its waiting ones reported.
/// </summary>
public sealed class PostgreSqlKernelTests : IAsyncLifetime
{
    private PostgreSqlTestModule _module = null!;

    public async Task InitializeAsync()
    {
        if (TestProvider.PostgreSqlMissing is null)
        {
            _module = await PostgreSqlTestModule.CreateAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_module is not null)
        {
            await _module.DisposeAsync();
        }
    }

    [PostgreSqlFact]
    public async Task A_second_row_with_a_unique_value_is_a_unique_violation()
    {
        await SaveAsync(context => context.Widgets.Add(new Widget(Guid.NewGuid(), "one of a kind")));

        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => SaveAsync(context => context.Widgets.Add(new Widget(Guid.NewGuid(), "one of a kind"))));

        Assert.Equal(PostgresErrorCodes.UniqueViolation, Assert.IsType<PostgresException>(refused.InnerException).SqlState);
        Assert.True(refused.IsUniqueViolation());
    }

    [PostgreSqlFact]
    public async Task Another_refusal_of_the_server_is_not_a_unique_violation()
    {
        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => SaveAsync(context =>
            context.Outbox.Add(new OutboxMessage { Id = Guid.NewGuid(), Type = new string('x', 401), Payload = "{}", OccurredAt = DateTime.UtcNow })));

        Assert.Equal(PostgresErrorCodes.StringDataRightTruncation, Assert.IsType<PostgresException>(refused.InnerException).SqlState);
        Assert.False(refused.IsUniqueViolation());
    }

    [PostgreSqlFact]
    public async Task Only_delivered_rows_about_the_case_are_forgotten_and_waiting_rows_are_reported()
    {
        var (forgotten, other) = (Guid.NewGuid(), Guid.NewGuid());
        var delivered = new WidgetCreated(forgotten);
        var waiting = new WidgetArchived(forgotten);
        var unrelated = new WidgetCreated(other);
        await _module.PublishAsync(new IntegrationEvent[] { delivered, waiting, unrelated });
        await _module.InScopeAsync(context => context.Outbox.Where(m => m.Id != waiting.EventId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAt, DateTime.UtcNow)));

        Assert.True(await _module.InScopeAsync(context => context.HasUndeliveredMessagesAboutCaseAsync(forgotten, CancellationToken.None)));
        Assert.False(await _module.InScopeAsync(context => context.HasUndeliveredMessagesAboutCaseAsync(other, CancellationToken.None)));
        Assert.Equal(1, await _module.InScopeAsync(context => context.ForgetDeliveredMessagesAboutCaseAsync(forgotten, CancellationToken.None)));

        var left = await _module.InScopeAsync(context => context.Outbox.Select(m => m.Id).ToListAsync());
        Assert.Equal(new[] { waiting.EventId, unrelated.EventId }.Order(), left.Order());
    }

    private Task SaveAsync(Action<TestDbContext> change) => _module.InScopeAsync(async context =>
    {
        change(context);
        return await context.SaveChangesAsync();
    });
}
