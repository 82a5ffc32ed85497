using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Monitoring.Domain.Referrals;
using GeenKindDeBuurtUit.Monitoring.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Monitoring.Tests.Projections;

/// <summary>The referral summary as stored, next to the same figures counted again from the referral facts.</summary>
internal static class ReferralRecount
{
    private static readonly SchoolYear[] Years = Enumerable.Range(2020, 10).Select(SchoolYear.Starting).ToArray();

    public static Task<Dictionary<(int Year, Guid School), ReferralTally>> SummaryAsync(MonitoringDatabase db) =>
        db.ReadAsync(c => c.ReferralSummaries.ToDictionaryAsync(s => (s.SchoolYearStart, s.SchoolId), s => s.Tally));

    public static Task<Dictionary<(int Year, Guid School), ReferralTally>> RecountAsync(MonitoringDatabase db) =>
        db.ReadAsync(async c => (await c.Referrals.ToListAsync())
            .GroupBy(r => (r.SchoolYearStart, r.SchoolId))
            .ToDictionary(g => g.Key, g => g.Aggregate(ReferralTally.None, (sum, r) => sum + r.Tally())));

    /// <summary>How the referral figures counted before the summary: a GROUP BY over every standing referral.</summary>
    public static Task<IReadOnlyDictionary<(Guid School, int Year), int>> CountedPerSchoolFromFactsAsync(MonitoringDatabase db) =>
        db.ReadAsync<IReadOnlyDictionary<(Guid School, int Year), int>>(async c => (await c.Referrals
                .Where(r => r.WithdrawnOn == null)
                .GroupBy(r => new { r.SchoolId, r.SchoolYearStart })
                .Select(g => new { g.Key.SchoolId, g.Key.SchoolYearStart, Count = g.Count() })
                .ToListAsync())
            .ToDictionary(x => (x.SchoolId, x.SchoolYearStart), x => x.Count));

    /// <summary>What the referral figures read now, for the years the tests use.</summary>
    public static Task<IReadOnlyDictionary<(Guid School, int Year), int>> CountedPerSchoolAsync(MonitoringDatabase db) =>
        db.ReadAsync<IReadOnlyDictionary<(Guid School, int Year), int>>(async c =>
            (await new ReferralQueries(c).PerSchoolAsync(Years, CancellationToken.None)).ToDictionary(s => s.Key, s => s.Value.Referrals));
}
