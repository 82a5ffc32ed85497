using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolMap;
using GeenKindDeBuurtUit.Monitoring.Domain;
using GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;
using GeenKindDeBuurtUit.Neighbourhoods.IntegrationEvents;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Projections.SchoolMap;

/// <summary>
/// A school moves to another cluster: its figures, past years included, count for its new
/// cluster and area from now on (figures follow the school map as it stands, see ADR 0012).
/// </summary>
internal sealed class SchoolMovedHandler(MonitoringDbContext context)
    : IntegrationEventHandler<SchoolMovedIntegrationEvent, MonitoringDbContext>(context)
{
    protected override async Task HandleAsync(SchoolMovedIntegrationEvent e, CancellationToken cancellationToken)
    {
        await Context.PlaceSchoolAsync(e.SchoolId, e.BoardId, e.ClusterId, e.AreaId, e.OccurredAt, cancellationToken);
        await Context.NameAsync(e.ClusterId, UnitLevel.Cluster, e.ClusterName, e.OccurredAt, cancellationToken);
        await Context.NameAsync(e.AreaId, UnitLevel.Area, e.AreaName, e.OccurredAt, cancellationToken);
        await Context.ReadModelChangedAsync(VersionedReadModel.SchoolMap, cancellationToken);
    }
}
