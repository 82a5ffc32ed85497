using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.ExpertisePool.IntegrationEvents;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Projections.Pool;

internal sealed class ExpertiseRequestCompletedHandler(MonitoringDbContext context)
    : IntegrationEventHandler<ExpertiseRequestCompletedIntegrationEvent, MonitoringDbContext>(context)
{
    protected override async Task HandleAsync(ExpertiseRequestCompletedIntegrationEvent e, CancellationToken cancellationToken) =>
        (await Context.RequestAsync(e.RequestId, e.AreaId, e.Expertise, cancellationToken)).Closed(e.CompletedOn);
}
