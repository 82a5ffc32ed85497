using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Monitoring.Application.Referrals;
using GeenKindDeBuurtUit.Monitoring.Domain.Referrals;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Persistence;

internal sealed class ReferralQueries(MonitoringDbContext db) : IReferralQueries
{
    public async Task<IReadOnlyDictionary<(Guid School, int Year), SchoolYearReferrals>> PerSchoolAsync(IReadOnlyCollection<SchoolYear> years, CancellationToken cancellationToken)
    {
        var starts = years.Select(y => y.StartYear).ToList();
        var counted = await db.ReferralSummaries.AsNoTracking()
            .Where(s => starts.Contains(s.SchoolYearStart) && s.Referrals > 0)
            .Select(s => new { s.SchoolId, s.SchoolYearStart, s.Referrals })
            .ToListAsync(cancellationToken);
        var imported = await db.ImportedReferrals.AsNoTracking()
            .Where(i => starts.Contains(i.SchoolYearStart) && !i.Removed)
            .Select(i => new { i.SchoolId, i.SchoolYearStart, Referrals = i.Sbo + i.SoLow + i.SoMedium + i.SoHigh })
            .ToListAsync(cancellationToken);

        // The platform refuses an import for a year with recorded referrals, so a school has one or the other; should it have both, both count.
        var schools = counted.ToDictionary(c => (c.SchoolId, c.SchoolYearStart), c => new SchoolYearReferrals(c.Referrals, Imported: false));
        foreach (var i in imported)
        {
            var key = (i.SchoolId, i.SchoolYearStart);
            schools[key] = new SchoolYearReferrals(schools.GetValueOrDefault(key).Referrals + i.Referrals, Imported: true);
        }

        return schools;
    }

    public async Task<IReadOnlyDictionary<int, YearReferrals>> PerYearAsync(IReadOnlyList<Guid> schools, CancellationToken cancellationToken)
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
        var imported = await db.ImportedReferrals.AsNoTracking()
            .Where(i => schools.Contains(i.SchoolId) && !i.Removed)
            .GroupBy(i => i.SchoolYearStart)
            .Select(g => new { Year = g.Key, Sbo = g.Sum(i => i.Sbo), SoLow = g.Sum(i => i.SoLow), SoMedium = g.Sum(i => i.SoMedium), SoHigh = g.Sum(i => i.SoHigh) })
            .ToListAsync(cancellationToken);

        var perYear = years.ToDictionary(y => y.Year, y => new YearReferrals(new ReferralTally(y.Referrals, y.Sbo, y.SoLow, y.SoMedium, y.SoHigh, y.Withdrawn), Imported: false));
        foreach (var i in imported)
        {
            perYear[i.Year] = new YearReferrals(perYear.GetValueOrDefault(i.Year).Tally + ReferralTally.Imported(i.Sbo, i.SoLow, i.SoMedium, i.SoHigh), Imported: true);
        }

        return perYear;
    }
}
