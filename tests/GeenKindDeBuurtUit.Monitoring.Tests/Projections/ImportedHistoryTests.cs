using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Monitoring.Application.Figures;
using GeenKindDeBuurtUit.Monitoring.Application.Referrals;
using GeenKindDeBuurtUit.Monitoring.Domain;
using GeenKindDeBuurtUit.Monitoring.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;
using Microsoft.EntityFrameworkCore;
using static GeenKindDeBuurtUit.Monitoring.Tests.Projections.Events;

namespace GeenKindDeBuurtUit.Monitoring.Tests.Projections;

/// <summary>
/// Imports of a year before the platform arrive per school (per area), possibly late and out of
/// order: the highest revision stands, a removal clears the counts, and the kept referral tables
/// show every change in the next answer (docs/adr/0050).
/// </summary>
public sealed class ImportedHistoryTests : IAsyncLifetime
{
    private static readonly SchoolYear Year = SchoolYear.Starting(2024);
    private static readonly SchoolYear Before = Year.Previous;
    private MonitoringDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await MonitoringDatabase.CreateAsync();
        await _db.DeliverAsync(Registered(0));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Imported_counts_are_the_schools_referrals_of_that_year_by_kind()
    {
        await _db.DeliverAsync(Imported(Before, revision: 1, sbo: 3, soLow: 1, soMedium: 2, soHigh: 4));

        var counts = await PerSchoolAsync(Before);
        var trend = await _db.ReadAsync(c => new ReferralQueries(c).PerYearAsync([School], CancellationToken.None));

        Assert.Equal(new SchoolYearReferrals(10, Imported: true), counts[(School, Before.StartYear)]);
        Assert.Equal(new YearReferrals(new(10, 3, 1, 2, 4, 0), Imported: true), trend[Before.StartYear]);
    }

    [Fact]
    public async Task A_higher_revision_replaces_the_counts_and_a_late_older_one_changes_nothing()
    {
        await _db.DeliverAsync(Imported(Before, revision: 1, sbo: 5));
        await _db.DeliverAsync(Imported(Before, revision: 3, sbo: 7));
        await _db.DeliverAsync(Imported(Before, revision: 2, sbo: 9));

        Assert.Equal(7, (await PerSchoolAsync(Before))[(School, Before.StartYear)].Referrals);
        Assert.Equal(3, await _db.ReadAsync(c => c.ImportedReferrals.Select(i => i.Revision).SingleAsync()));
    }

    [Fact]
    public async Task A_school_removed_from_the_import_loses_its_counts_but_keeps_the_revision()
    {
        await _db.DeliverAsync(Imported(Before, revision: 1, sbo: 5));
        await _db.DeliverAsync(Imported(Before, revision: 2, removed: true));
        await _db.DeliverAsync(Imported(Before, revision: 1, sbo: 5) with { EventId = Guid.NewGuid() });

        Assert.Empty(await PerSchoolAsync(Before));
        var kept = await _db.ReadAsync(c => c.ImportedReferrals.AsNoTracking().SingleAsync());
        Assert.Equal((2, true, 0), (kept.Revision, kept.Removed, kept.Sbo));
    }

    [Fact]
    public async Task The_kept_referral_table_follows_an_import_its_replacement_and_its_removal_at_once()
    {
        var cache = new ReferralTableCache(new UnitTreeCache());
        await _db.DeliverAsync(Referred(Guid.NewGuid(), new DateOnly(2025, 10, 1), 1) with { SchoolYear = Year.ToString() });
        var recorded = await TableAsync(cache);
        Assert.Equal((1, 0), (recorded.Figures.Value(School, 0), recorded.Figures.Value(School, 1)));
        Assert.Equal(CountSource.Recorded, recorded.Source(Area, Before));

        await _db.DeliverAsync(Imported(Before, revision: 1, sbo: 4));
        var imported = await TableAsync(cache);
        Assert.Equal(4, imported.Figures.Value(School, 1));
        Assert.Equal((CountSource.Imported, CountSource.Imported, CountSource.Imported), (imported.Source(School, Before), imported.Source(Cluster, Before), imported.Source(Area, Before)));
        Assert.Equal(CountSource.Recorded, imported.Source(Area, Year));

        await _db.DeliverAsync(Imported(Before, revision: 2, sbo: 6));
        Assert.Equal(6, (await TableAsync(cache)).Figures.Value(School, 1));

        await _db.DeliverAsync(Imported(Before, revision: 3, removed: true));
        var removed = await TableAsync(cache);
        Assert.Equal(0, removed.Figures.Value(School, 1));
        Assert.Equal(CountSource.Recorded, removed.Source(Area, Before));
    }

    [Fact]
    public async Task An_older_or_redelivered_import_does_not_move_the_version()
    {
        var first = Imported(Before, revision: 2, sbo: 4);
        await _db.DeliverAsync(first);
        await _db.DeliverAsync(first);
        await _db.DeliverAsync(Imported(Before, revision: 1, sbo: 8));

        Assert.Equal(1L, await _db.ReadAsync(c => c.ReadModelVersions.Where(v => v.Id == VersionedReadModel.ReferralSummaries).Select(v => v.Version).SingleAsync()));
    }

    [Fact]
    public async Task Imported_thuiszitters_keep_the_highest_revision_per_area_and_year()
    {
        await _db.DeliverAsync(Thuiszitters(Before, revision: 2, count: 6));
        await _db.DeliverAsync(Thuiszitters(Before, revision: 1, count: 9));
        await _db.DeliverAsync(Thuiszitters(Year, revision: 1, count: 3));
        await _db.DeliverAsync(Thuiszitters(Year, revision: 2, count: 0, removed: true));

        var perYear = await _db.ReadAsync(c => new ThuiszitterQueries(c).ImportedAsync([Year, Before], CancellationToken.None));
        var trend = await _db.ReadAsync(c => new AreaTrendQueries(c).ImportedThuiszittersAsync(Area, CancellationToken.None));

        Assert.Equal(new Dictionary<(Guid, int), int> { [(Area, Before.StartYear)] = 6 }, perYear);
        Assert.Equal(new Dictionary<int, int> { [Before.StartYear] = 6 }, trend);
    }

    private static ReferralHistoryImportedIntegrationEvent Imported(
        SchoolYear year, int revision, int sbo = 0, int soLow = 0, int soMedium = 0, int soHigh = 0, bool removed = false) =>
        new(year.ToString(), School, revision, "the SWV's own count", sbo, soLow, soMedium, soHigh, removed) { OccurredAt = At(revision) };

    private static ThuiszitterHistoryImportedIntegrationEvent Thuiszitters(SchoolYear year, int revision, int count, bool removed = false) =>
        new(year.ToString(), Area, revision, "leerplicht", count, removed) { OccurredAt = At(revision) };

    private Task<IReadOnlyDictionary<(Guid School, int Year), SchoolYearReferrals>> PerSchoolAsync(SchoolYear year) =>
        _db.ReadAsync(c => new ReferralQueries(c).PerSchoolAsync([year], CancellationToken.None));

    private Task<ReferralTable> TableAsync(ReferralTableCache cache) =>
        _db.ReadAsync(c => cache.TableAsync(new SchoolMapQueries(c), new ReferralQueries(c), Year, null, CancellationToken.None));
}
