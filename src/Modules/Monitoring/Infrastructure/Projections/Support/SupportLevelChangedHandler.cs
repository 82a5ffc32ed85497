using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Projections.Support;

internal sealed class SupportLevelChangedHandler(MonitoringDbContext context)
    : IntegrationEventHandler<SupportLevelChangedIntegrationEvent, MonitoringDbContext>(context)
{
    protected override async Task HandleAsync(SupportLevelChangedIntegrationEvent e, CancellationToken cancellationToken)
    {
        var facts = await Context.CaseAsync(e.CaseId, e.SchoolId, cancellationToken);
        if (e.HasOpp)
        {
            facts.HasOppSince(e.On);
        }

        if (await Context.LevelChanges.FindAsync([e.EventId], cancellationToken) is null)
        {
            Context.LevelChanges.Add(new LevelChangeFact(e.EventId, e.CaseId, e.SchoolId, e.FromLevel, e.ToLevel, e.On, e.OccurredAt.UtcDateTime));
        }
    }
}
