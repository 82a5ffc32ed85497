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
    public async Task RequestAsync(SchoolYear schoolYear, Guid areaId, CancellationToken cancellationToken)
    {
        await UpsertAsync(db, schoolYear.StartYear, areaId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        db.RecalculationRequested = true;
    }

    /// <summary>A referral counts in its year's actual figures and in the next year's baseline.</summary>
    public async Task RequestForReferralAsync(Guid schoolId, SchoolYear schoolYear, CancellationToken cancellationToken)
    {
        var areaId = await db.SchoolPlacements().Where(p => p.SchoolId == schoolId).Select(p => (Guid?)p.AreaId).SingleOrDefaultAsync(cancellationToken);

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

    public static async Task UpsertAsync(CollectiveBudgetDbContext db, int schoolYearStart, Guid areaId, DateTime at, CancellationToken cancellationToken)
    {
        var pending = await db.PendingRecalculations.FindAsync([schoolYearStart, areaId], cancellationToken);
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
