using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.ExpertisePool.IntegrationEvents;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Projections.Pool;

internal sealed class ExpertiseRequestMadeHandler(MonitoringDbContext context)
    : IntegrationEventHandler<ExpertiseRequestMadeIntegrationEvent, MonitoringDbContext>(context)
{
    protected override async Task HandleAsync(ExpertiseRequestMadeIntegrationEvent e, CancellationToken cancellationToken) =>
        (await Context.RequestAsync(e.RequestId, e.AreaId, e.Expertise, cancellationToken)).Requested(e.RequestedAt.UtcDateTime);
}
