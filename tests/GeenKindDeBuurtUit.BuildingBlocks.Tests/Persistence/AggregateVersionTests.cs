using GeenKindDeBuurtUit.BuildingBlocks.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Persistence;

public sealed class AggregateVersionTests : IAsyncLifetime
{
    private readonly Guid _id = Guid.NewGuid();
    private TestDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        await _db.InScopeAsync(context =>
        {
            context.Widgets.Add(new Widget(_id, "Alpha"));
            return context.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Saving_a_changed_aggregate_increments_its_version()
    {
        await _db.InScopeAsync(async context =>
        {
            (await context.Widgets.SingleAsync(w => w.Id == _id)).Rename("Beta");
            await context.SaveChangesAsync();
        });

        Assert.Equal(1, await VersionAsync());
    }

    [Fact]
    public async Task Saving_an_unchanged_aggregate_keeps_its_version()
    {
        await _db.InScopeAsync(async context =>
        {
            await context.Widgets.SingleAsync(w => w.Id == _id);
            await context.SaveChangesAsync();
        });

        Assert.Equal(0, await VersionAsync());
    }

    [Fact]
    public async Task An_aggregate_that_raised_a_domain_event_gets_a_new_version()
    {
        await _db.InScopeAsync(async context =>
        {
            (await context.Widgets.SingleAsync(w => w.Id == _id)).Inspect();
            await context.SaveChangesAsync();
        });

        Assert.Equal(1, await VersionAsync());
    }

    [Fact]
    public async Task A_change_after_a_save_is_seen_by_the_next_save_of_the_same_unit()
    {
        await _db.InScopeAsync(async context =>
        {
            var widget = await context.Widgets.SingleAsync(w => w.Id == _id);
            widget.Rename("Beta");
            await context.SaveChangesAsync();
            widget.Rename("Gamma");
            await context.SaveChangesAsync();

            // A save detects changes once for itself and leaves EF's automatic detection as it found it.
            Assert.True(context.ChangeTracker.AutoDetectChangesEnabled);
        });

        Assert.Equal(2, await VersionAsync());
        Assert.Equal("Gamma", await _db.InScopeAsync(context => context.Widgets.Where(w => w.Id == _id).Select(w => w.Name).SingleAsync()));
    }

    [Fact]
    public async Task A_stale_concurrent_update_is_refused()
    {
        await _db.InScopeAsync(first => _db.InScopeAsync(async second =>
        {
            var mine = await first.Widgets.SingleAsync(w => w.Id == _id);
            var theirs = await second.Widgets.SingleAsync(w => w.Id == _id);
            mine.Rename("Beta");
            theirs.Rename("Gamma");
            await first.SaveChangesAsync();

            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        }));

        Assert.Equal(1, await VersionAsync());
        Assert.Equal("Beta", await _db.InScopeAsync(context => context.Widgets.Where(w => w.Id == _id).Select(w => w.Name).SingleAsync()));
    }

    private Task<long> VersionAsync() =>
        _db.InScopeAsync(context => context.Widgets.Where(w => w.Id == _id).Select(w => w.Version).SingleAsync());
}
