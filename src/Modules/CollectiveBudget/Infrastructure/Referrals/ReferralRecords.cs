using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Referrals;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Persistence;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Referrals;

internal static class ReferralRecords
{
    /// <summary>The record of one referral, created by whichever of its events arrives first.</summary>
    public static async Task<ReferralRecord> FindOrAddAsync(
        CollectiveBudgetDbContext db, Guid caseId, DateOnly decidedOn, ReferralKind kind, Guid schoolId, SchoolYear year, CancellationToken cancellationToken)
    {
        var record = await db.ReferralRecords.FindAsync([caseId, decidedOn, kind], cancellationToken);
        if (record is null)
        {
            record = ReferralRecord.For(caseId, decidedOn, kind, schoolId, year.StartYear);
            db.ReferralRecords.Add(record);
        }

        return record;
    }
}
