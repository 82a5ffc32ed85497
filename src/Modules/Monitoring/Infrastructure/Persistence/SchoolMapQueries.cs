using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolMap;
using GeenKindDeBuurtUit.Monitoring.Application.Figures;
using GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Persistence;

internal sealed class SchoolMapQueries(MonitoringDbContext db) : ISchoolMapQueries
{
    public async Task<ReadModelStamp?> StampAsync(CancellationToken cancellationToken)
    {
        var versions = await db.ReadModelVersions.AsNoTracking().Select(v => new { v.Id, v.Version }).ToListAsync(cancellationToken);
        long? Of(VersionedReadModel model) => versions.Find(v => v.Id == model)?.Version;
        return Of(VersionedReadModel.SchoolMap) is { } map && Of(VersionedReadModel.ReferralSummaries) is { } referrals
            ? new ReadModelStamp(map, referrals)
            : null;
    }

    public async Task<IReadOnlyList<UnitTree.Placement>> PlacementsAsync(CancellationToken cancellationToken) =>
        await db.SchoolPlacements().AsNoTracking()
            .Select(p => new UnitTree.Placement(p.SchoolId, p.ClusterId, p.AreaId)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(CancellationToken cancellationToken) =>
        await db.UnitNames.AsNoTracking().Select(n => new { n.Id, n.Name }).ToDictionaryAsync(n => n.Id, n => n.Name, cancellationToken);
}
