using GeenKindDeBuurtUit.Platform.ReadCaches;
using GeenKindDeBuurtUit.BuildingBlocks.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.ReadCaches;

/// <summary>A module's version moves once what it wrote is committed, never before, and not for reads or for writes that changed nothing.</summary>
public sealed class ModuleChangeInterceptorTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private ModuleChanges _changes = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _changes = _db.Services.GetRequiredService<ModuleChanges>();

        // On PostgreSQL no listener runs in this test's provider: hear as if one did.
        _changes.Listening();
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_saved_change_moves_the_version_and_a_read_does_not()
    {
        var before = Version();
        await AddWidgetAsync("saved");
        var afterSave = Version();

        await _db.InScopeAsync(context => context.Widgets.AsNoTracking().ToListAsync());

        Assert.True(afterSave > before);
        Assert.Equal(afterSave, Version());
    }

    [Fact]
    public async Task A_change_in_a_transaction_moves_the_version_at_its_commit_and_not_before()
    {
        var (before, beforeCommit, afterCommit) = await _db.InScopeAsync(context => context.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            var before = Version();
            await using var transaction = await context.Database.BeginTransactionAsync();
            context.Widgets.Add(new Widget(Guid.NewGuid(), "in a transaction"));
            await context.SaveChangesAsync();
            await context.Widgets.Where(w => w.Name == "in a transaction").ExecuteUpdateAsync(s => s.SetProperty(w => w.Name, "renamed"));
            var beforeCommit = Version();
            await transaction.CommitAsync();
            return (before, beforeCommit, Version());
        }));

        Assert.Equal(before, beforeCommit);
        Assert.True(afterCommit > beforeCommit);
    }

    [Fact]
    public async Task A_rolled_back_change_leaves_the_version()
    {
        var before = Version();
        await _db.InScopeAsync(context => context.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await context.Database.BeginTransactionAsync();
            context.Widgets.Add(new Widget(Guid.NewGuid(), "rolled back"));
            await context.SaveChangesAsync();
            await transaction.RollbackAsync();
        }));

        Assert.Equal(before, Version());
    }

    [Fact]
    public async Task An_update_outside_a_transaction_moves_the_version_only_when_it_changed_a_row()
    {
        await AddWidgetAsync("present");
        var before = Version();

        await _db.InScopeAsync(context => context.Widgets.Where(w => w.Name == "absent").ExecuteUpdateAsync(s => s.SetProperty(w => w.Name, "x")));
        var afterNothing = Version();
        await _db.InScopeAsync(context => context.Widgets.Where(w => w.Name == "present").ExecuteDeleteAsync());

        Assert.Equal(before, afterNothing);
        Assert.True(Version() > afterNothing);
    }

    private Task AddWidgetAsync(string name) => _db.InScopeAsync(context =>
    {
        context.Widgets.Add(new Widget(Guid.NewGuid(), name));
        return context.CommitAsync(CancellationToken.None);
    });

    private long Version()
    {
        Assert.True(_changes.TryGetVersion(TestDbContext.SchemaName, out var version));
        return version;
    }
}
