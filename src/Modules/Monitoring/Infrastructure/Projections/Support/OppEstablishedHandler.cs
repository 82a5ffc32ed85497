using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Projections.Support;

internal sealed class OppEstablishedHandler(MonitoringDbContext context)
    : IntegrationEventHandler<OppEstablishedIntegrationEvent, MonitoringDbContext>(context)
{
    protected override async Task HandleAsync(OppEstablishedIntegrationEvent e, CancellationToken cancellationToken) =>
        (await Context.CaseAsync(e.CaseId, e.SchoolId, cancellationToken)).HasOppSince(e.EstablishedOn);
}
