using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Projections.Thuiszitters;

internal sealed class ThuiszitterStartedHandler(MonitoringDbContext context)
    : IntegrationEventHandler<ThuiszitterStartedIntegrationEvent, MonitoringDbContext>(context)
{
    protected override async Task HandleAsync(ThuiszitterStartedIntegrationEvent e, CancellationToken cancellationToken) =>
        (await Context.PeriodAsync(e.CaseId, e.Since, e.SchoolId, cancellationToken)).Started(e.OccurredAt.UtcDateTime);
}
