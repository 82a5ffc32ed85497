using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.CollectiveBudget.IntegrationEvents;
using GeenKindDeBuurtUit.ExpertisePool.IntegrationEvents;
using GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Projections;

internal static class PoolProjection
{
    public static async Task<ExpertiseRequestFact> RequestAsync(this MonitoringDbContext context, Guid requestId, Guid areaId, string expertise, CancellationToken cancellationToken)
    {
        var request = await context.ExpertiseRequests.FindAsync([requestId], cancellationToken);
        if (request is null)
        {
            request = ExpertiseRequestFact.For(requestId, areaId, expertise);
            context.ExpertiseRequests.Add(request);
        }

        return request;
    }
}

internal sealed class ExpertiseRequestMadeHandler(MonitoringDbContext context)
    : IntegrationEventHandler<ExpertiseRequestMadeIntegrationEvent, MonitoringDbContext>(context)
{
    protected override async Task HandleAsync(ExpertiseRequestMadeIntegrationEvent e, CancellationToken cancellationToken) =>
        (await Context.RequestAsync(e.RequestId, e.AreaId, e.Expertise, cancellationToken)).Requested(e.RequestedAt.UtcDateTime);
}

internal sealed class ProfessionalAssignedHandler(MonitoringDbContext context)
    : IntegrationEventHandler<ProfessionalAssignedIntegrationEvent, MonitoringDbContext>(context)
{
    protected override async Task HandleAsync(ProfessionalAssignedIntegrationEvent e, CancellationToken cancellationToken) =>
        (await Context.RequestAsync(e.RequestId, e.AreaId, e.Expertise, cancellationToken))
            .Assigned(e.RequestedAt.UtcDateTime, e.AssignedAt.UtcDateTime, e.WaitingSeconds);
}

internal sealed class ExpertiseRequestCompletedHandler(MonitoringDbContext context)
    : IntegrationEventHandler<ExpertiseRequestCompletedIntegrationEvent, MonitoringDbContext>(context)
{
    protected override async Task HandleAsync(ExpertiseRequestCompletedIntegrationEvent e, CancellationToken cancellationToken) =>
        (await Context.RequestAsync(e.RequestId, e.AreaId, e.Expertise, cancellationToken)).Closed(e.CompletedOn);
}

internal sealed class ExpertiseRequestCancelledHandler(MonitoringDbContext context)
    : IntegrationEventHandler<ExpertiseRequestCancelledIntegrationEvent, MonitoringDbContext>(context)
{
    protected override async Task HandleAsync(ExpertiseRequestCancelledIntegrationEvent e, CancellationToken cancellationToken) =>
        (await Context.RequestAsync(e.RequestId, e.AreaId, e.Expertise, cancellationToken)).Closed(e.CancelledOn);
}

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

internal sealed class PooledBudgetChangedHandler(MonitoringDbContext context)
    : IntegrationEventHandler<PooledBudgetChangedIntegrationEvent, MonitoringDbContext>(context)
{
    protected override async Task HandleAsync(PooledBudgetChangedIntegrationEvent e, CancellationToken cancellationToken)
    {
        var year = SchoolYear.Parse(e.SchoolYear).StartYear;
        var budget = await Context.Budgets.FindAsync([year, e.AreaId], cancellationToken);
        if (budget is null)
        {
            budget = BudgetFact.For(year, e.AreaId);
            Context.Budgets.Add(budget);
        }

        budget.Report(e.Pooled, e.FreedFunds, e.Allocated, e.Spent, e.OccurredAt.UtcDateTime);
    }
}
