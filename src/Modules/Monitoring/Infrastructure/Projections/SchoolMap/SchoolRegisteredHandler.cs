using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolMap;
using GeenKindDeBuurtUit.Monitoring.Domain;
using GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;
using GeenKindDeBuurtUit.Neighbourhoods.IntegrationEvents;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Projections.SchoolMap;

/// <summary>A school joins the map; its name and those of its cluster and area label the figures.</summary>
internal sealed class SchoolRegisteredHandler(MonitoringDbContext context)
    : IntegrationEventHandler<SchoolRegisteredIntegrationEvent, MonitoringDbContext>(context)
{
    protected override async Task HandleAsync(SchoolRegisteredIntegrationEvent e, CancellationToken cancellationToken)
    {
        await Context.PlaceSchoolAsync(e.SchoolId, e.BoardId, e.ClusterId, e.AreaId, e.OccurredAt, cancellationToken);
        await Context.NameAsync(e.SchoolId, UnitLevel.School, e.Name, e.OccurredAt, cancellationToken);
        await Context.NameAsync(e.ClusterId, UnitLevel.Cluster, e.ClusterName, e.OccurredAt, cancellationToken);
        await Context.NameAsync(e.AreaId, UnitLevel.Area, e.AreaName, e.OccurredAt, cancellationToken);
        await Context.ReadModelChangedAsync(VersionedReadModel.SchoolMap, cancellationToken);
    }
}
