using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolMap;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Recalculation;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Recalculation;

/// <summary>
/// Stores recalculation requests in the unit of work of the change that calls for them; the
/// context signals the job once that unit of work has committed.
/// </summary>
internal sealed class RecalculationRequests(CollectiveBudgetDbContext db, TimeProvider clock) : IRecalculationRequests
{
    // Every referral asks it: compiled, it skips extracting parameters and EF's query cache lookup (docs/adr/0088).
    private static readonly Func<CollectiveBudgetDbContext, Guid, CancellationToken, Task<Guid?>> AreaOfSchool = EF.CompileAsyncQuery(
        (CollectiveBudgetDbContext context, Guid schoolId, CancellationToken _) =>
            context.Set<SchoolPlacement>().Where(p => p.SchoolId == schoolId).Select(p => (Guid?)p.AreaId).SingleOrDefault());

    public async Task RequestAsync(SchoolYear schoolYear, Guid areaId, CancellationToken cancellationToken)
    {
        await UpsertAsync(db, schoolYear.StartYear, areaId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        db.RecalculationRequested = true;
    }

    /// <summary>A referral counts in its year's actual figures and in the next year's baseline.</summary>
    public async Task RequestForReferralAsync(Guid schoolId, SchoolYear schoolYear, CancellationToken cancellationToken)
    {
        var areaId = await AreaOfSchool(db, schoolId, cancellationToken);

        // A school not yet on the map: its registration, when it arrives, asks for the recalculation.
        if (areaId is { } area)
        {
            await RequestAsync(schoolYear, area, cancellationToken);
            await RequestAsync(schoolYear.Next, area, cancellationToken);
        }
    }

    /// <summary>A school entered or left areas: every year with referrals at that school, recorded or imported, counts differently there.</summary>
    public async Task RequestForSchoolAsync(Guid schoolId, IEnumerable<Guid> areaIds, CancellationToken cancellationToken)
    {
        var recorded = await db.ReferralRecords.Where(r => r.SchoolId == schoolId).Select(r => r.SchoolYearStart).Distinct().ToListAsync(cancellationToken);
        var imported = await db.ImportedReferrals.Where(h => h.SchoolId == schoolId).Select(h => h.SchoolYearStart).ToListAsync(cancellationToken);
        var years = recorded.Union(imported).ToList();
        foreach (var area in areaIds.Distinct())
        {
            foreach (var year in years.Select(SchoolYear.Starting))
            {
                await RequestAsync(year, area, cancellationToken);
                await RequestAsync(year.Next, area, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Raises the row's generation, or adds the row. Inside a transaction (every delivered event) the raise is one
    /// statement, not a read and then a write: on PostgreSQL a run completing in between would delete the row read,
    /// and the write would fail the whole share (docs/adr/0088). Without one, such a statement would commit ahead of
    /// the change that asks for it, and a run could recalculate before that change and delete the row; there the row
    /// is raised when the unit of work saves, and a conflict is the caller's to retry. A row this unit of work already
    /// holds is not in the table yet, so it is raised in the change tracker.
    /// </summary>
    public static async Task UpsertAsync(CollectiveBudgetDbContext db, int schoolYearStart, Guid areaId, DateTime at, CancellationToken cancellationToken)
    {
        var pending = db.PendingRecalculations.Local.FindEntryUntyped([schoolYearStart, areaId])?.Entity;
        if (pending is null && db.Database.CurrentTransaction is null)
        {
            pending = await db.PendingRecalculations.FindAsync([schoolYearStart, areaId], cancellationToken);
        }
        else if (pending is null)
        {
            var raised = await db.PendingRecalculations
                .Where(p => p.SchoolYearStart == schoolYearStart && p.AreaId == areaId)
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.Generation, p => p.Generation + 1).SetProperty(p => p.RequestedAt, at), cancellationToken);
            if (raised == 1)
            {
                return;
            }
        }

        if (pending is null)
        {
            db.PendingRecalculations.Add(PendingRecalculation.Request(schoolYearStart, areaId, at));
        }
        else
        {
            pending.RequestAgain(at);
        }
    }
}
