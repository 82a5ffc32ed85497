using System.Data;
using GeenKindDeBuurtUit.BuildingBlocks.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Persistence;

/// <summary>An answer read with several statements opens the module's connection once, and gives it back when done.</summary>
public sealed class KeptConnectionTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Without_it_each_statement_closes_the_connection_again()
    {
        var state = await _db.InScopeAsync(async context =>
        {
            await context.Widgets.CountAsync();
            return context.Database.GetDbConnection().State;
        });

        Assert.Equal(ConnectionState.Closed, state);
    }

    [Fact]
    public async Task Kept_open_the_connection_serves_every_statement_and_closes_when_released()
    {
        await _db.InScopeAsync(context =>
        {
            context.Widgets.Add(new Widget(Guid.NewGuid(), "kept"));
            return context.CommitAsync(CancellationToken.None);
        });

        var (between, names, after) = await _db.InScopeAsync(async context =>
        {
            var connection = context.Database.GetDbConnection();
            var kept = await context.KeepConnectionOpenAsync(CancellationToken.None);
            await context.Widgets.CountAsync();
            var between = connection.State;
            var names = await context.Widgets.Select(w => w.Name).ToListAsync();
            await kept.DisposeAsync();
            await kept.DisposeAsync();
            return (between, names, connection.State);
        });

        Assert.Equal(ConnectionState.Open, between);
        Assert.Equal(["kept"], names);
        Assert.Equal(ConnectionState.Closed, after);
    }

    [Fact]
    public async Task Released_inside_a_transaction_it_leaves_the_transaction_its_connection()
    {
        // On PostgreSQL a transaction runs inside the retrying execution strategy, as the relay's do.
        var (during, committed) = await _db.InScopeAsync(context => context.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await context.Database.BeginTransactionAsync();
            await (await context.KeepConnectionOpenAsync(CancellationToken.None)).DisposeAsync();
            var during = context.Database.GetDbConnection().State;
            context.Widgets.Add(new Widget(Guid.NewGuid(), "in a transaction"));
            await context.SaveChangesAsync();
            await transaction.CommitAsync();
            return (during, await context.Widgets.CountAsync());
        }));

        Assert.Equal(ConnectionState.Open, during);
        Assert.Equal(1, committed);
    }
}
