using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Projections.Support;

internal sealed class CollectiveApproachAgreedHandler(MonitoringDbContext context)
    : IntegrationEventHandler<CollectiveApproachAgreedIntegrationEvent, MonitoringDbContext>(context)
{
    protected override async Task HandleAsync(CollectiveApproachAgreedIntegrationEvent e, CancellationToken cancellationToken)
    {
        if (await Context.CollectiveApproaches.FindAsync([e.ApproachId], cancellationToken) is null)
        {
            Context.CollectiveApproaches.Add(CollectiveApproachFact.Create(
                e.ApproachId, e.Name, e.Level, e.TargetId, e.SchoolIds, e.StartsOn, e.EndsOn, e.ExpectedChildren));
        }
    }
}
