using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Projections.Thuiszitters;

internal sealed class SupportCaseEscalatedHandler(MonitoringDbContext context)
    : IntegrationEventHandler<SupportCaseEscalatedIntegrationEvent, MonitoringDbContext>(context)
{
    protected override async Task HandleAsync(SupportCaseEscalatedIntegrationEvent e, CancellationToken cancellationToken)
    {
        if (await Context.Escalations.FindAsync([e.EventId], cancellationToken) is null)
        {
            Context.Escalations.Add(new EscalationFact(e.EventId, e.CaseId, e.SchoolId, e.To, e.On));
        }
    }
}
