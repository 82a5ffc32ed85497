using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.ExpertisePool.IntegrationEvents;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Projections.Pool;

internal sealed class ExpertiseRequestCancelledHandler(MonitoringDbContext context)
    : IntegrationEventHandler<ExpertiseRequestCancelledIntegrationEvent, MonitoringDbContext>(context)
{
    protected override async Task HandleAsync(ExpertiseRequestCancelledIntegrationEvent e, CancellationToken cancellationToken) =>
        (await Context.RequestAsync(e.RequestId, e.AreaId, e.Expertise, cancellationToken)).Closed(e.CancelledOn);
}
