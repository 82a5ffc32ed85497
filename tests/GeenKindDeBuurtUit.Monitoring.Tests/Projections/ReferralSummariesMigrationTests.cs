using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;
using GeenKindDeBuurtUit.Testing;
using static GeenKindDeBuurtUit.Monitoring.Tests.Projections.Events;

namespace GeenKindDeBuurtUit.Monitoring.Tests.Projections;

/// <summary>A database that recorded referrals before the summary existed answers the same figures after the upgrade.</summary>
public sealed class ReferralSummariesMigrationTests
{
    [SqliteFact("the summary's migration is in SQLite's history; PostgreSQL's history starts with the summary in its Initial migration")]
    public async Task The_migration_fills_the_summary_from_the_referrals_already_recorded_and_the_projection_carries_on_from_there()
    {
        await using var db = await MonitoringDatabase.CreateBeforeAsync("ReferralSummaries");
        var random = new Random(22);
        var schools = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToList();
        var facts = new List<ReferralFact>();
        for (var i = 0; i < 120; i++)
        {
            var decidedOn = new DateOnly(2022, 8, 1).AddDays(random.Next(4 * 365));
            var (type, category) = random.Next(3) switch { 0 => ("so", "low"), 1 => ("so", "high"), _ => ("sbo", (string?)null) };
            var fact = ReferralFact.Create(Guid.NewGuid(), decidedOn, schools[random.Next(schools.Count)], type, category, SchoolYear.Of(decidedOn).StartYear);
            fact.Referred(At(i).UtcDateTime);
            if (random.Next(4) == 0)
            {
                fact.Withdrawn(decidedOn.AddDays(30), At(i + 1).UtcDateTime);
            }

            facts.Add(fact);
        }

        // Written as the old projection wrote them: the facts only, no summary table yet.
        await using (var context = db.Context())
        {
            context.Referrals.AddRange(facts);
            await context.SaveChangesAsync();
        }

        var countedBefore = await ReferralRecount.CountedPerSchoolFromFactsAsync(db);
        await db.MigrateAsync();

        var summary = await ReferralRecount.SummaryAsync(db);
        Assert.Equal(await ReferralRecount.RecountAsync(db), summary);
        Assert.Equal(facts.Count, summary.Values.Sum(t => t.Referrals + t.Withdrawn));
        Assert.Equal(countedBefore, await ReferralRecount.CountedPerSchoolAsync(db));

        // The projection finds the filled rows by their keys: a withdrawal moves one referral, it adds no second row.
        var standing = facts.First(f => f.Counts);
        await db.DeliverAsync(new ReferralWithdrawnIntegrationEvent(
            standing.CaseId, standing.SchoolId, standing.Type, standing.Category, SchoolYear.Starting(standing.SchoolYearStart).ToString(), standing.DecidedOn, standing.DecidedOn.AddDays(40)) { OccurredAt = At(1_000) });
        var after = await ReferralRecount.SummaryAsync(db);
        Assert.Equal(await ReferralRecount.RecountAsync(db), after);
        Assert.Equal(summary.Count, after.Count);
        Assert.Equal(summary[(standing.SchoolYearStart, standing.SchoolId)].Withdrawn + 1, after[(standing.SchoolYearStart, standing.SchoolId)].Withdrawn);
    }
}
