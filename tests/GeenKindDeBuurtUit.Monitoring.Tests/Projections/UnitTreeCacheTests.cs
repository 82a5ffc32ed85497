using GeenKindDeBuurtUit.Monitoring.Application.Figures;
using GeenKindDeBuurtUit.Monitoring.Domain;
using GeenKindDeBuurtUit.Monitoring.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;
using GeenKindDeBuurtUit.Neighbourhoods.IntegrationEvents;
using Microsoft.EntityFrameworkCore;
using static GeenKindDeBuurtUit.Monitoring.Tests.Projections.Events;

namespace GeenKindDeBuurtUit.Monitoring.Tests.Projections;

/// <summary>The figures' school map is built once per version of the map, and every change to the map moves the version (docs/adr/0025).</summary>
public sealed class UnitTreeCacheTests : IAsyncLifetime
{
    private MonitoringDatabase _db = null!;

    public async Task InitializeAsync() => _db = await MonitoringDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task The_map_is_built_once_while_no_school_joins_or_moves()
    {
        await _db.DeliverAsync(Registered(1));
        var cache = new UnitTreeCache();

        var first = await TreeAsync(cache);
        var second = await TreeAsync(cache);

        Assert.Same(first, second);
        Assert.Equal(Cluster, first.Ancestor(School, UnitLevel.Cluster));
    }

    [Fact]
    public async Task A_move_committed_through_another_context_shows_in_the_next_answer()
    {
        await _db.DeliverAsync(Registered(1));
        var cache = new UnitTreeCache();
        var before = await TreeAsync(cache);
        var newCluster = Guid.NewGuid();

        // Delivered through contexts of their own, as another host sharing the database would.
        await _db.DeliverAsync(new SchoolMovedIntegrationEvent(School, Guid.NewGuid(), Cluster, newCluster, Area, Area, "New cluster", "Area") { OccurredAt = At(5) });
        var after = await TreeAsync(cache);

        Assert.NotSame(before, after);
        Assert.Equal(newCluster, after.Ancestor(School, UnitLevel.Cluster));
        Assert.Equal("New cluster", after.Find(newCluster)!.Name);
    }

    [Fact]
    public async Task A_new_school_shows_in_the_next_answer()
    {
        await _db.DeliverAsync(Registered(1));
        var cache = new UnitTreeCache();
        await TreeAsync(cache);
        var other = Guid.NewGuid();

        await _db.DeliverAsync(new SchoolRegisteredIntegrationEvent(other, "Other school", null, Guid.NewGuid(), Cluster, Area, "Cluster", "Area") { OccurredAt = At(2) });

        Assert.Equal("Other school", (await TreeAsync(cache)).Find(other)?.Name);
    }

    [Fact]
    public async Task Concurrent_changes_each_move_the_version()
    {
        var schools = Enumerable.Range(0, 16).Select(_ => Guid.NewGuid()).ToList();

        await Task.WhenAll(schools.Select((school, i) => Task.Run(() => _db.DeliverAsync(
            new SchoolRegisteredIntegrationEvent(school, $"School {i}", null, Guid.NewGuid(), Cluster, Area, "Cluster", "Area") { OccurredAt = At(i) }))));

        Assert.Equal(16L, await _db.ReadAsync(c => c.ReadModelVersions.Where(v => v.Id == VersionedReadModel.SchoolMap).Select(v => v.Version).SingleAsync()));
    }

    [Fact]
    public async Task A_redelivered_event_does_not_move_the_version_again()
    {
        var registered = Registered(1);

        await _db.DeliverAsync(registered);
        await _db.DeliverAsync(registered);

        Assert.Equal(1L, await _db.ReadAsync(c => c.ReadModelVersions.Where(v => v.Id == VersionedReadModel.SchoolMap).Select(v => v.Version).SingleAsync()));
    }

    private Task<UnitTree> TreeAsync(UnitTreeCache cache) => _db.ReadAsync(c => cache.TreeAsync(new SchoolMapQueries(c), CancellationToken.None));
}
