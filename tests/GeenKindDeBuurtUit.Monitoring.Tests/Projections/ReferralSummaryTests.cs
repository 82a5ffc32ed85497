using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;
using GeenKindDeBuurtUit.Neighbourhoods.IntegrationEvents;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;
using Microsoft.EntityFrameworkCore;
using static GeenKindDeBuurtUit.Monitoring.Tests.Projections.Events;

namespace GeenKindDeBuurtUit.Monitoring.Tests.Projections;

/// <summary>
/// The per-school summary (docs/adr/0022) is kept by the projection as events arrive; whatever
/// arrives, in whatever order and however often, it must equal a recount of the referral facts.
/// </summary>
public sealed class ReferralSummaryTests
{
    private const int Steps = 400;
    private static readonly DateOnly FirstDecision = new(2023, 9, 1);

    [Fact]
    public async Task Referrals_share_summary_and_version_rows_so_their_deliveries_take_turns_on_postgresql()
    {
        await using var db = await MonitoringDatabase.CreateAsync();
        await using var context = db.Context();

        Assert.True(context.DeliveriesTakeTurns);
    }

    [Fact]
    public async Task The_summary_equals_a_recount_after_referrals_withdrawals_moves_erasures_and_redeliveries_in_any_order()
    {
        var random = new Random(20261123);
        await using var db = await MonitoringDatabase.CreateAsync();
        var clusters = Enumerable.Range(0, 4).Select(c => (Cluster: Guid.NewGuid(), Area: c < 2 ? Area : Guid.NewGuid())).ToList();
        var schools = Enumerable.Range(0, 8).Select(_ => Guid.NewGuid()).ToList();
        foreach (var (school, index) in schools.Select((s, i) => (s, i)))
        {
            await db.DeliverAsync(new SchoolRegisteredIntegrationEvent(
                school, $"school {index}", null, Guid.NewGuid(), clusters[index % 4].Cluster, clusters[index % 4].Area, $"cluster {index % 4}", "area") { OccurredAt = At(0) });
        }

        var referrals = new List<PupilReferredIntegrationEvent>();
        var delivered = new List<IntegrationEvent>();
        var erased = new HashSet<Guid>();
        for (var step = 0; step < Steps; step++)
        {
            var live = referrals.Where(r => !erased.Contains(r.CaseId)).ToList();
            var redeliverable = delivered.Where(e => !erased.Contains(CaseOf(e))).ToList();
            var kind = random.Next(10);
            if (kind is 7 or 8 && live.Count > 0)
            {
                var before = await ReferralRecount.SummaryAsync(db);
                if (kind == 7)
                {
                    var (cluster, area) = clusters[random.Next(clusters.Count)];
                    await db.DeliverAsync(new SchoolMovedIntegrationEvent(schools[random.Next(schools.Count)], Guid.NewGuid(), Guid.NewGuid(), cluster, Guid.NewGuid(), area, "moved to", "area") { OccurredAt = At(step) });
                }
                else
                {
                    var caseId = live[random.Next(live.Count)].CaseId;
                    erased.Add(caseId);
                    await db.DeliverAsync(new SupportCaseErasedIntegrationEvent(caseId));
                }

                Assert.Equal(before, await ReferralRecount.SummaryAsync(db));
                continue;
            }

            IntegrationEvent next = kind switch
            {
                < 4 or 7 or 8 => NewReferral(random, schools, referrals),
                < 6 when live.Count > 0 => Withdrawal(random, live[random.Next(live.Count)]),
                // A withdrawal that overtakes its referral: the referral follows later, if at all.
                < 6 => Withdrawal(random, NewReferral(random, schools, referrals)),
                _ when redeliverable.Count == 0 => NewReferral(random, schools, referrals),
                // The same event again (the inbox skips it), or the same fact under a new event id (the fact ignores it).
                _ => random.Next(2) == 0 ? redeliverable[random.Next(redeliverable.Count)] : redeliverable[random.Next(redeliverable.Count)] with { EventId = Guid.NewGuid() },
            };
            await DeliverAsync(db, next);
            delivered.Add(next);
            if (step % 50 == 0)
            {
                Assert.Equal(await ReferralRecount.RecountAsync(db), await ReferralRecount.SummaryAsync(db));
            }
        }

        var recount = await ReferralRecount.RecountAsync(db);
        Assert.Equal(recount, await ReferralRecount.SummaryAsync(db));
        Assert.Contains(recount.Values, t => t.Withdrawn > 0);
        Assert.Contains(recount.Values, t => t.Referrals > 1 && t.SoHigh > 0);
        Assert.True(await db.ReadAsync(c => c.Referrals.CountAsync(r => !referrals.Select(x => x.CaseId).Contains(r.CaseId))) > 0, "some facts belong to stand-ins");
        Assert.Equal(await ReferralRecount.CountedPerSchoolFromFactsAsync(db), await ReferralRecount.CountedPerSchoolAsync(db));
    }

    private static PupilReferredIntegrationEvent NewReferral(Random random, List<Guid> schools, List<PupilReferredIntegrationEvent> referrals)
    {
        var decidedOn = FirstDecision.AddDays(random.Next(3 * 365));
        var (type, category) = random.Next(4) switch
        {
            0 => ("so", "low"),
            1 => ("so", "medium"),
            2 => ("so", "high"),
            _ => ("sbo", (string?)null),
        };
        // Now and then a child referred before is referred again on another day.
        var caseId = referrals.Count > 0 && random.Next(5) == 0 ? referrals[random.Next(referrals.Count)].CaseId : Guid.NewGuid();
        var referral = new PupilReferredIntegrationEvent(caseId, schools[random.Next(schools.Count)], type, category, SchoolYear.Of(decidedOn).ToString(), decidedOn)
        {
            OccurredAt = At(random.Next(10_000)),
        };
        referrals.Add(referral);
        return referral;
    }

    private static ReferralWithdrawnIntegrationEvent Withdrawal(Random random, PupilReferredIntegrationEvent referral) =>
        new(referral.CaseId, referral.SchoolId, referral.Type, referral.Category, referral.SchoolYear, referral.DecidedOn, referral.DecidedOn.AddDays(20))
        {
            // Usually after the referral, sometimes before it or at the same moment (then the withdrawal stands).
            OccurredAt = random.Next(4) == 0 ? referral.OccurredAt : At(random.Next(10_000)),
        };

    private static Guid CaseOf(IntegrationEvent e) => e switch
    {
        PupilReferredIntegrationEvent referred => referred.CaseId,
        ReferralWithdrawnIntegrationEvent withdrawn => withdrawn.CaseId,
        _ => throw new ArgumentOutOfRangeException(nameof(e)),
    };

    private static Task DeliverAsync(MonitoringDatabase db, IntegrationEvent e) => e switch
    {
        PupilReferredIntegrationEvent referred => db.DeliverAsync(referred),
        ReferralWithdrawnIntegrationEvent withdrawn => db.DeliverAsync(withdrawn),
        _ => throw new ArgumentOutOfRangeException(nameof(e)),
    };
}
