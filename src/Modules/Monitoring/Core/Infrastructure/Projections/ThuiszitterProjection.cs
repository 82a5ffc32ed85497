using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Projections;

internal static class ThuiszitterProjection
{
    public static async Task<ThuiszitterPeriodFact> PeriodAsync(this MonitoringDbContext context, Guid caseId, DateOnly since, Guid schoolId, CancellationToken cancellationToken)
    {
        var period = await context.ThuiszitterPeriods.FindAsync([caseId, since], cancellationToken);
        if (period is null)
        {
            period = ThuiszitterPeriodFact.Create(caseId, since, schoolId);
            context.ThuiszitterPeriods.Add(period);
        }

        return period;
    }
}

internal sealed class ThuiszitterStartedHandler(MonitoringDbContext context)
    : IntegrationEventHandler<ThuiszitterStartedIntegrationEvent, MonitoringDbContext>(context)
{
    protected override async Task HandleAsync(ThuiszitterStartedIntegrationEvent e, CancellationToken cancellationToken) =>
        (await Context.PeriodAsync(e.CaseId, e.Since, e.SchoolId, cancellationToken)).Started(e.OccurredAt.UtcDateTime);
}

internal sealed class ThuiszitterEndedHandler(MonitoringDbContext context)
    : IntegrationEventHandler<ThuiszitterEndedIntegrationEvent, MonitoringDbContext>(context)
{
    protected override async Task HandleAsync(ThuiszitterEndedIntegrationEvent e, CancellationToken cancellationToken) =>
        (await Context.PeriodAsync(e.CaseId, e.Since, e.SchoolId, cancellationToken)).Ended(e.EndedOn, e.OccurredAt.UtcDateTime);
}

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
