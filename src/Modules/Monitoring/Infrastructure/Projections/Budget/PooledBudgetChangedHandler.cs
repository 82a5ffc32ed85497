using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.CollectiveBudget.IntegrationEvents;
using GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Projections.Budget;

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
