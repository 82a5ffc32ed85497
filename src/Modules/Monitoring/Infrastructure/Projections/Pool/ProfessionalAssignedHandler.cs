using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.ExpertisePool.IntegrationEvents;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Projections.Pool;

internal sealed class ProfessionalAssignedHandler(MonitoringDbContext context)
    : IntegrationEventHandler<ProfessionalAssignedIntegrationEvent, MonitoringDbContext>(context)
{
    protected override async Task HandleAsync(ProfessionalAssignedIntegrationEvent e, CancellationToken cancellationToken) =>
        (await Context.RequestAsync(e.RequestId, e.AreaId, e.Expertise, cancellationToken))
            .Assigned(e.RequestedAt.UtcDateTime, e.AssignedAt.UtcDateTime, e.WaitingSeconds);
}
