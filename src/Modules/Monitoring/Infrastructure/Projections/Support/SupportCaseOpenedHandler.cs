using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Projections.Support;

internal sealed class SupportCaseOpenedHandler(MonitoringDbContext context)
    : IntegrationEventHandler<SupportCaseOpenedIntegrationEvent, MonitoringDbContext>(context)
{
    protected override async Task HandleAsync(SupportCaseOpenedIntegrationEvent e, CancellationToken cancellationToken) =>
        (await Context.CaseAsync(e.CaseId, e.SchoolId, cancellationToken)).Opened(e.OpenedOn, e.Level);
}
