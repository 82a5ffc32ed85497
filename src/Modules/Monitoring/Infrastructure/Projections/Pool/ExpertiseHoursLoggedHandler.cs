using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.ExpertisePool.IntegrationEvents;
using GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Projections.Pool;

internal sealed class ExpertiseHoursLoggedHandler(MonitoringDbContext context)
    : IntegrationEventHandler<ExpertiseHoursLoggedIntegrationEvent, MonitoringDbContext>(context)
{
    protected override async Task HandleAsync(ExpertiseHoursLoggedIntegrationEvent e, CancellationToken cancellationToken)
    {
        if (await Context.ExpertiseHours.FindAsync([e.EntryId], cancellationToken) is null)
        {
            Context.ExpertiseHours.Add(new ExpertiseHoursFact(e.EntryId, e.AreaId, e.Expertise, e.On, e.Hours));
        }
    }
}
