using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Monitoring.Application.Referrals;
using GeenKindDeBuurtUit.Monitoring.Domain.Referrals;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Persistence;

internal sealed class ReferralQueries(MonitoringDbContext db) : IReferralQueries
{
    public async Task<IReadOnlyDictionary<(Guid School, int Year), int>> PerSchoolAsync(IReadOnlyCollection<SchoolYear> years, CancellationToken cancellationToken)
    {
        var starts = years.Select(y => y.StartYear).ToList();
        var counted = await db.ReferralSummaries.AsNoTracking()
            .Where(s => starts.Contains(s.SchoolYearStart) && s.Referrals > 0)
            .Select(s => new { s.SchoolId, s.SchoolYearStart, s.Referrals })
            .ToListAsync(cancellationToken);
        return counted.ToDictionary(c => (c.SchoolId, c.SchoolYearStart), c => c.Referrals);
    }

    public async Task<IReadOnlyDictionary<int, ReferralTally>> PerYearAsync(IReadOnlyList<Guid> schools, CancellationToken cancellationToken)
    {
        var years = await db.ReferralSummaries.AsNoTracking()
            .Where(s => schools.Contains(s.SchoolId))
            .GroupBy(s => s.SchoolYearStart)
            .Select(g => new
            {
                Year = g.Key,
                Referrals = g.Sum(s => s.Referrals),
                Sbo = g.Sum(s => s.Sbo),
                SoLow = g.Sum(s => s.SoLow),
                SoMedium = g.Sum(s => s.SoMedium),
                SoHigh = g.Sum(s => s.SoHigh),
                Withdrawn = g.Sum(s => s.Withdrawn),
            })
            .ToListAsync(cancellationToken);
        return years.ToDictionary(y => y.Year, y => new ReferralTally(y.Referrals, y.Sbo, y.SoLow, y.SoMedium, y.SoHigh, y.Withdrawn));
    }
}
