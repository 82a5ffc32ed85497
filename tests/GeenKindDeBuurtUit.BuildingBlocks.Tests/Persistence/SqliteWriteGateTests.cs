using GeenKindDeBuurtUit.BuildingBlocks.Tests.Fixtures;
using GeenKindDeBuurtUit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Persistence;

/// <summary>
/// Writers of one process take turns at the SQLite file (docs/adr/0023). A turn that is not given
/// back would stop every writer, so each way a write can end must end its turn.
/// </summary>
public sealed class SqliteWriteGateTests : IAsyncLifetime
{
    /// <summary>Far below the 30 s a writer queues before it gives up on the turn: a turn left held shows as a timeout.</summary>
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(10);

    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [SqliteFact]
    public async Task A_transaction_disposed_without_commit_lets_the_next_writer_in()
    {
        await using var scope = _db.Services.CreateAsyncScope();
        var abandoning = scope.ServiceProvider.GetRequiredService<TestDbContext>();
        await using (await abandoning.Database.BeginTransactionAsync())
        {
            abandoning.Widgets.Add(new Widget(Guid.NewGuid(), "never committed"));
            await abandoning.SaveChangesAsync();
        }

        await WithinAsync(AddWidgetAsync("next"));

        Assert.Equal(["next"], await NamesAsync());
    }

    [SqliteFact]
    public async Task A_write_that_fails_lets_the_next_writer_in()
    {
        await AddWidgetAsync("taken");

        await Assert.ThrowsAsync<DbUpdateException>(() => AddWidgetAsync("taken"));
        await WithinAsync(AddWidgetAsync("free"));

        Assert.Equal(["free", "taken"], await NamesAsync());
    }

    [SqliteFact]
    public async Task An_update_outside_a_transaction_waits_for_the_open_transaction_and_then_applies()
    {
        var id = Guid.NewGuid();
        await AddWidgetAsync("before", id);
        await using var scope = _db.Services.CreateAsyncScope();
        var holder = scope.ServiceProvider.GetRequiredService<TestDbContext>();
        var transaction = await holder.Database.BeginTransactionAsync();
        holder.Widgets.Add(new Widget(Guid.NewGuid(), "held"));
        await holder.SaveChangesAsync();

        var update = _db.InScopeAsync(context => context.Widgets.Where(w => w.Id == id).ExecuteUpdateAsync(s => s.SetProperty(w => w.Name, "after")));
        await Task.Delay(200);
        Assert.False(update.IsCompleted);
        await transaction.CommitAsync();
        await transaction.DisposeAsync();

        Assert.Equal(1, await WithinAsync(update));
        Assert.Equal(["after", "held"], await NamesAsync());
    }

    private Task AddWidgetAsync(string name, Guid? id = null) => _db.InScopeAsync(context =>
    {
        context.Widgets.Add(new Widget(id ?? Guid.NewGuid(), name));
        return context.SaveChangesAsync();
    });

    private Task<List<string>> NamesAsync() => _db.InScopeAsync(context => context.Widgets.Select(w => w.Name).OrderBy(n => n).ToListAsync());

    private static async Task WithinAsync(Task write) => await write.WaitAsync(Soon);

    private static async Task<T> WithinAsync<T>(Task<T> write) => await write.WaitAsync(Soon);
}
