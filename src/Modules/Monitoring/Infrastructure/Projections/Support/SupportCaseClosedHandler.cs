using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Projections.Support;

internal sealed class SupportCaseClosedHandler(MonitoringDbContext context)
    : IntegrationEventHandler<SupportCaseClosedIntegrationEvent, MonitoringDbContext>(context)
{
    protected override async Task HandleAsync(SupportCaseClosedIntegrationEvent e, CancellationToken cancellationToken) =>
        (await Context.CaseAsync(e.CaseId, e.SchoolId, cancellationToken)).Closed(e.ClosedOn);
}
