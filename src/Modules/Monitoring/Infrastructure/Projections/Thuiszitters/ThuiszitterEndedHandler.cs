using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Projections.Thuiszitters;

internal sealed class ThuiszitterEndedHandler(MonitoringDbContext context)
    : IntegrationEventHandler<ThuiszitterEndedIntegrationEvent, MonitoringDbContext>(context)
{
    protected override async Task HandleAsync(ThuiszitterEndedIntegrationEvent e, CancellationToken cancellationToken) =>
        (await Context.PeriodAsync(e.CaseId, e.Since, e.SchoolId, cancellationToken)).Ended(e.EndedOn, e.OccurredAt.UtcDateTime);
}
