using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolMap;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolYears;
using GeenKindDeBuurtUit.SupportCases.Application.History;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;
using GeenKindDeBuurtUit.SupportCases.Infrastructure.SchoolMap;
using GeenKindDeBuurtUit.SupportCases.Infrastructure.SchoolYears;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.SupportCases.Infrastructure.Persistence;

// An import names at most a thousand schools of a map of hundreds: the map and the closures are read whole,
// which is one statement each on every engine instead of an IN list of a thousand parameters.
internal sealed class HistoryDirectory(SupportCasesDbContext db) : IHistoryDirectory
{
    public async Task<IReadOnlySet<Guid>> KnownSchoolsAsync(IEnumerable<Guid> schoolIds, CancellationToken cancellationToken)
    {
        var known = (await db.SchoolPlacements().AsNoTracking().Select(p => p.SchoolId).ToListAsync(cancellationToken)).ToHashSet();
        return schoolIds.Where(known.Contains).ToHashSet();
    }

    public async Task<IReadOnlySet<Guid>> KnownAreasAsync(IEnumerable<Guid> areaIds, CancellationToken cancellationToken)
    {
        var known = (await db.SchoolPlacements().AsNoTracking().Select(p => p.AreaId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        return areaIds.Where(known.Contains).ToHashSet();
    }

    public async Task<IReadOnlyDictionary<string, Guid>> SchoolsByBrinAsync(IEnumerable<string> brins, CancellationToken cancellationToken)
    {
        var wanted = brins.Select(SchoolBrin.Normalise).ToHashSet(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return new Dictionary<string, Guid>();
        }

        var known = await db.SchoolBrins.AsNoTracking().ToListAsync(cancellationToken);
        return known.Where(b => wanted.Contains(b.Brin)).ToDictionary(b => b.Brin, b => b.SchoolId, StringComparer.OrdinalIgnoreCase);
    }

    public async Task<Func<Guid, ClosedSchoolYears>> ClosedYearsAsync(CancellationToken cancellationToken)
    {
        var figures = await ClosedSchoolYearsOfArea.FiguresClosedAsync(db, cancellationToken);
        var budget = (await db.SchoolYearClosures().AsNoTracking().Select(c => new { c.AreaId, c.SchoolYearStart }).ToListAsync(cancellationToken))
            .ToLookup(c => c.AreaId, c => SchoolYear.Starting(c.SchoolYearStart));
        var areaOfSchool = await db.SchoolPlacements().AsNoTracking().ToDictionaryAsync(p => p.SchoolId, p => p.AreaId, cancellationToken);

        // A key is a school (its area now) or an area itself; the two kinds of id never meet.
        return key => new ClosedSchoolYears(budget[areaOfSchool.TryGetValue(key, out var area) ? area : key], figures);
    }

    public async Task<IReadOnlyList<Guid>> SchoolsWithReferralsAsync(SchoolYear year, IEnumerable<Guid> schoolIds, CancellationToken cancellationToken)
    {
        var referring = await db.Cases.AsNoTracking()
            .Where(c => c.Referral != null && c.Referral.SchoolYearStart == year.StartYear && c.Referral.WithdrawnOn == null)
            .Select(c => c.SchoolId).Distinct().ToListAsync(cancellationToken);
        return schoolIds.Intersect(referring).ToList();
    }
}
