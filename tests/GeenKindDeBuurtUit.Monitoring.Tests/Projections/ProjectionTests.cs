using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolMap;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;
using GeenKindDeBuurtUit.Monitoring.Application.Support;
using GeenKindDeBuurtUit.Monitoring.Infrastructure.Persistence;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;
using Microsoft.EntityFrameworkCore;
using static GeenKindDeBuurtUit.Monitoring.Tests.Projections.Events;

namespace GeenKindDeBuurtUit.Monitoring.Tests.Projections;

/// <summary>Events arrive twice or out of order (a relay retried after a crash): the read models still tell the truth.</summary>
public sealed class ProjectionTests : IAsyncLifetime
{
    private static readonly SchoolYear Year = SchoolYear.Starting(2025);
    private MonitoringDatabase _db = null!;

    public async Task InitializeAsync() => _db = await MonitoringDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_referral_delivered_twice_counts_once()
    {
        var referred = Referred(Guid.NewGuid(), new DateOnly(2025, 10, 1), 1);

        await _db.DeliverAsync(referred);
        await _db.DeliverAsync(referred);
        await _db.DeliverAsync(referred with { EventId = Guid.NewGuid() });

        Assert.Equal(1, await ReferralsAsync());
    }

    [Fact]
    public async Task A_withdrawal_that_arrives_before_its_referral_still_leaves_the_child_not_counted()
    {
        var (caseId, decided) = (Guid.NewGuid(), new DateOnly(2025, 10, 1));

        await _db.DeliverAsync(Withdrawn(caseId, decided, 2));
        await _db.DeliverAsync(Referred(caseId, decided, 1));

        Assert.Equal(0, await ReferralsAsync());
        Assert.Equal(1, await _db.ReadAsync(c => c.Referrals.CountAsync()));
    }

    [Fact]
    public async Task A_child_referred_again_after_a_withdrawal_counts_once()
    {
        var caseId = Guid.NewGuid();
        var (first, second) = (new DateOnly(2025, 10, 1), new DateOnly(2026, 1, 15));

        await _db.DeliverAsync(Referred(caseId, second, 3));
        await _db.DeliverAsync(Withdrawn(caseId, first, 2));
        await _db.DeliverAsync(Referred(caseId, first, 1));

        Assert.Equal(1, await ReferralsAsync());
    }

    [Fact]
    public async Task Referrals_and_withdrawals_in_any_order_and_any_number_of_times_give_the_same_count()
    {
        var random = new Random(20261123);
        for (var round = 0; round < 40; round++)
        {
            await using var db = await MonitoringDatabase.CreateAsync();
            var events = new List<IntegrationEvent>();
            var expected = 0;
            for (var child = 0; child < 6; child++)
            {
                var (caseId, decided) = (Guid.NewGuid(), new DateOnly(2025, 9, 1).AddDays(random.Next(200)));
                events.Add(Referred(caseId, decided, child * 10));
                if (random.Next(2) == 0)
                {
                    events.Add(Withdrawn(caseId, decided, (child * 10) + 5));
                }
                else
                {
                    expected++;
                }
            }

            foreach (var e in events.Concat(events.Where(_ => random.Next(3) == 0)).OrderBy(_ => random.Next()))
            {
                await (e is PupilReferredIntegrationEvent r ? db.DeliverAsync(r) : db.DeliverAsync((ReferralWithdrawnIntegrationEvent)e));
            }

            Assert.Equal(expected, await ReferralsAsync(db));
        }
    }

    [Fact]
    public async Task A_thuiszitter_period_whose_end_arrives_first_is_a_whole_period()
    {
        var caseId = Guid.NewGuid();
        var since = new DateOnly(2025, 10, 1);
        var ended = new ThuiszitterEndedIntegrationEvent(caseId, School, since, new DateOnly(2025, 11, 1)) { OccurredAt = At(2) };

        await _db.DeliverAsync(ended);
        await _db.DeliverAsync(new ThuiszitterStartedIntegrationEvent(caseId, School, since) { OccurredAt = At(1) });
        await _db.DeliverAsync(ended);

        var period = Assert.Single(await _db.ReadAsync(c => new ThuiszitterQueries(c).PeriodsAsync(Year.FirstDay, Year.LastDay, CancellationToken.None)));
        Assert.Equal(new DateOnly(2025, 11, 1), period.EndedOn);
        Assert.False(period.IsOngoingOn(new DateOnly(2025, 12, 1)));
        Assert.True(period.Overlaps(Year.FirstDay, Year.LastDay));
    }

    [Fact]
    public async Task Open_cases_per_level_follow_the_dates_of_the_facts_not_the_order_they_arrive_in()
    {
        var (up, closed) = (Guid.NewGuid(), Guid.NewGuid());
        await _db.DeliverAsync(Registered(0));

        await _db.DeliverAsync(LevelChanged(up, 5, 3, new DateOnly(2026, 1, 10), 3));
        await _db.DeliverAsync(LevelChanged(up, 4, 5, new DateOnly(2025, 10, 5), 2));
        await _db.DeliverAsync(new OppEstablishedIntegrationEvent(up, School, new DateOnly(2025, 9, 20), 2) { OccurredAt = At(1) });
        await _db.DeliverAsync(LevelChanged(up, 2, 4, new DateOnly(2025, 10, 1), 1));
        await _db.DeliverAsync(Opened(up, 2, new DateOnly(2025, 9, 1)));
        await _db.DeliverAsync(new SupportCaseClosedIntegrationEvent(closed, School, new DateOnly(2025, 12, 1), 1, false) { OccurredAt = At(5) });
        await _db.DeliverAsync(Opened(closed, 1, new DateOnly(2025, 9, 1)));

        var november = await PyramidAsync(new DateOnly(2025, 11, 1));
        var spring = await PyramidAsync(new DateOnly(2026, 3, 1));
        Assert.Equal((2, 1, 1, 1), (november.Count(School, SupportPyramid.Open), november.Count(School, 5), november.Count(School, 1), november.Count(School, SupportPyramid.WithOpp)));
        Assert.Equal((1, 1, 0), (spring.Count(School, SupportPyramid.Open), spring.Count(School, 3), spring.Count(School, SupportPyramid.BeyondBasic)));
        Assert.Equal((2, 1), (spring.Count(School, SupportPyramid.Up), spring.Count(School, SupportPyramid.Down)));
    }

    [Fact]
    public async Task A_level_change_delivered_twice_counts_once()
    {
        var change = LevelChanged(Guid.NewGuid(), 1, 2, new DateOnly(2025, 10, 1), 1);

        await _db.DeliverAsync(change);
        await _db.DeliverAsync(change);

        Assert.Equal(1, await _db.ReadAsync(c => c.LevelChanges.CountAsync()));
    }

    [Fact]
    public async Task An_escalation_delivered_twice_counts_once()
    {
        var escalated = new SupportCaseEscalatedIntegrationEvent(Guid.NewGuid(), School, "okt", new DateOnly(2025, 10, 1)) { OccurredAt = At(1) };

        await _db.DeliverAsync(escalated);
        await _db.DeliverAsync(escalated);

        Assert.Equal(1, await _db.ReadAsync(c => c.Escalations.CountAsync()));
    }

    [Fact]
    public async Task A_school_keeps_its_newest_cluster_and_names_when_an_older_event_arrives_late()
    {
        var newCluster = Guid.NewGuid();
        var moved = new GeenKindDeBuurtUit.Neighbourhoods.IntegrationEvents.SchoolMovedIntegrationEvent(
            School, Guid.NewGuid(), Cluster, newCluster, Area, Area, "New cluster", "Area renamed") { OccurredAt = At(5) };

        await _db.DeliverAsync(moved);
        await _db.DeliverAsync(Registered(1));

        var placement = await _db.ReadAsync(c => c.SchoolPlacements().SingleAsync());
        Assert.Equal(newCluster, placement.ClusterId);
        var names = await _db.ReadAsync(c => c.UnitNames.ToDictionaryAsync(n => n.Id, n => n.Name));
        Assert.Equal(("School", "New cluster", "Area renamed", "Cluster"), (names[School], names[newCluster], names[Area], names[Cluster]));
    }

    private Task<int> ReferralsAsync() => ReferralsAsync(_db);

    private static async Task<int> ReferralsAsync(MonitoringDatabase db) =>
        (await db.ReadAsync(c => new ReferralQueries(c).PerSchoolAsync([Year], CancellationToken.None))).GetValueOrDefault((School, Year.StartYear)).Referrals;

    private Task<SupportPyramid> PyramidAsync(DateOnly asOf) =>
        _db.ReadAsync(c => SupportPyramid.LoadAsync(new SupportQueries(c), SchoolYear.Of(asOf), asOf, CancellationToken.None));
}
