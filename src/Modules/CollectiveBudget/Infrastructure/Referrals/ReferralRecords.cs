using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Referrals;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Referrals;

internal static class ReferralRecords
{
    // Every referral event looks its record up: compiled, the lookup skips EF's parameter extraction and
    // query cache (docs/adr/0088). A record already tracked comes back as the same instance.
    private static readonly Func<CollectiveBudgetDbContext, Guid, DateOnly, ReferralKind, CancellationToken, Task<ReferralRecord?>> Stored = EF.CompileAsyncQuery(
        (CollectiveBudgetDbContext context, Guid caseId, DateOnly decidedOn, ReferralKind kind, CancellationToken _) =>
            context.ReferralRecords.SingleOrDefault(r => r.CaseId == caseId && r.DecidedOn == decidedOn && r.Kind == kind));

    /// <summary>The record of one referral, created by whichever of its events arrives first.</summary>
    public static async Task<ReferralRecord> FindOrAddAsync(
        CollectiveBudgetDbContext db, Guid caseId, DateOnly decidedOn, ReferralKind kind, Guid schoolId, SchoolYear year, CancellationToken cancellationToken)
    {
        var record = db.ReferralRecords.Local.FindEntryUntyped([caseId, decidedOn, kind])?.Entity ?? await Stored(db, caseId, decidedOn, kind, cancellationToken);
        if (record is null)
        {
            record = ReferralRecord.For(caseId, decidedOn, kind, schoolId, year.StartYear);
            db.ReferralRecords.Add(record);
        }

        return record;
    }
}
