using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Monitoring.Application.Figures;
using GeenKindDeBuurtUit.Monitoring.Application.Referrals;
using GeenKindDeBuurtUit.Monitoring.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;
using Microsoft.EntityFrameworkCore;
using static GeenKindDeBuurtUit.Monitoring.Tests.Projections.Events;

namespace GeenKindDeBuurtUit.Monitoring.Tests.Projections;

/// <summary>A referral table is kept until a referral or the school map changes, per school year and threshold (docs/adr/0025).</summary>
public sealed class ReferralTableCacheTests : IAsyncLifetime
{
    private static readonly SchoolYear Year = SchoolYear.Starting(2025);
    private MonitoringDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await MonitoringDatabase.CreateAsync();
        await _db.DeliverAsync(Registered(0));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task The_table_is_kept_while_nothing_changes()
    {
        var cache = new ReferralTableCache(new UnitTreeCache());
        await _db.DeliverAsync(Referred(Guid.NewGuid(), new DateOnly(2025, 10, 1), 1));

        var first = await TableAsync(cache, threshold: null);
        var second = await TableAsync(cache, threshold: null);

        Assert.Same(first, second);
        Assert.Equal(1, first.Figures.Value(School, 0));
    }

    [Fact]
    public async Task A_referral_and_a_withdrawal_show_in_the_next_answer()
    {
        var cache = new ReferralTableCache(new UnitTreeCache());
        var caseId = Guid.NewGuid();
        var decided = new DateOnly(2025, 10, 1);
        Assert.Equal(0, (await TableAsync(cache, threshold: null)).Figures.Value(School, 0));

        await _db.DeliverAsync(Referred(caseId, decided, 1));
        Assert.Equal(1, (await TableAsync(cache, threshold: null)).Figures.Value(School, 0));

        await _db.DeliverAsync(Withdrawn(caseId, decided, 2));
        Assert.Equal(0, (await TableAsync(cache, threshold: null)).Figures.Value(School, 0));
    }

    [Fact]
    public async Task Each_threshold_has_its_own_table()
    {
        var cache = new ReferralTableCache(new UnitTreeCache());
        await _db.DeliverAsync(Referred(Guid.NewGuid(), new DateOnly(2025, 10, 1), 1));

        var analyst = await TableAsync(cache, threshold: 5);
        var swv = await TableAsync(cache, threshold: null);

        Assert.Null(analyst.Figures.Value(School, 0));
        Assert.Equal(1, swv.Figures.Value(School, 0));
    }

    [Fact]
    public async Task A_redelivered_referral_does_not_move_the_version()
    {
        var referred = Referred(Guid.NewGuid(), new DateOnly(2025, 10, 1), 1);

        await _db.DeliverAsync(referred);
        await _db.DeliverAsync(referred);

        Assert.Equal(1L, await _db.ReadAsync(c => c.ReadModelVersions.Where(v => v.Id == VersionedReadModel.ReferralSummaries).Select(v => v.Version).SingleAsync()));
    }

    private Task<ReferralTable> TableAsync(ReferralTableCache cache, int? threshold) =>
        _db.ReadAsync(c => cache.TableAsync(new SchoolMapQueries(c), new ReferralQueries(c), Year, threshold, CancellationToken.None));
}
