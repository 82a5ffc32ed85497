using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Projections;

internal static class CaseProjection
{
    /// <summary>The case's facts, created by whichever of its events arrives first.</summary>
    public static async Task<CaseFacts> CaseAsync(this MonitoringDbContext context, Guid caseId, Guid schoolId, CancellationToken cancellationToken)
    {
        var facts = await context.Cases.FindAsync([caseId], cancellationToken);
        if (facts is null)
        {
            facts = CaseFacts.Create(caseId, schoolId);
            context.Cases.Add(facts);
        }

        return facts;
    }
}

internal sealed class SupportCaseOpenedHandler(MonitoringDbContext context)
    : IntegrationEventHandler<SupportCaseOpenedIntegrationEvent, MonitoringDbContext>(context)
{
    protected override async Task HandleAsync(SupportCaseOpenedIntegrationEvent e, CancellationToken cancellationToken) =>
        (await Context.CaseAsync(e.CaseId, e.SchoolId, cancellationToken)).Opened(e.OpenedOn, e.Level);
}

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

internal sealed class OppEstablishedHandler(MonitoringDbContext context)
    : IntegrationEventHandler<OppEstablishedIntegrationEvent, MonitoringDbContext>(context)
{
    protected override async Task HandleAsync(OppEstablishedIntegrationEvent e, CancellationToken cancellationToken) =>
        (await Context.CaseAsync(e.CaseId, e.SchoolId, cancellationToken)).HasOppSince(e.EstablishedOn);
}

internal sealed class SupportCaseClosedHandler(MonitoringDbContext context)
    : IntegrationEventHandler<SupportCaseClosedIntegrationEvent, MonitoringDbContext>(context)
{
    protected override async Task HandleAsync(SupportCaseClosedIntegrationEvent e, CancellationToken cancellationToken) =>
        (await Context.CaseAsync(e.CaseId, e.SchoolId, cancellationToken)).Closed(e.ClosedOn);
}
