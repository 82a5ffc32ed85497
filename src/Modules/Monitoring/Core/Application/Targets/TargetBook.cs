using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Monitoring.Domain.Targets;
using GeenKindDeBuurtUit.Monitoring.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Monitoring.Application.Targets;

/// <summary>A school year's reduction target: the one an admin set, else the programme's default, else none.</summary>
internal static class TargetBook
{
    public static async Task<IReadOnlyDictionary<int, decimal>> SetByAdminAsync(MonitoringDbContext db, CancellationToken cancellationToken) =>
        (await db.Targets.AsNoTracking().ToListAsync(cancellationToken)).ToDictionary(t => t.SchoolYearStart, t => ReferralTarget.Normalise(t.ReductionPct));

    public static decimal? ReductionPct(IReadOnlyDictionary<int, decimal> setByAdmin, SchoolYear year) =>
        setByAdmin.TryGetValue(year.StartYear, out var pct) ? pct : ReferralTarget.DefaultFor(year);
}
