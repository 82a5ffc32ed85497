using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Persistence;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Recalculation;
using GeenKindDeBuurtUit.ExpertisePool.IntegrationEvents;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Expertise;

/// <summary>
/// Logged expertise hours become a charge against the area's pool. The charge itself is booked
/// by the recalculation, which knows the agreed hourly rate (or waits for it).
/// </summary>
internal sealed class ExpertiseHoursLoggedHandler(CollectiveBudgetDbContext context, RecalculationRequests recalculation)
    : IntegrationEventHandler<ExpertiseHoursLoggedIntegrationEvent, CollectiveBudgetDbContext>(context)
{
    protected override async Task HandleAsync(ExpertiseHoursLoggedIntegrationEvent e, CancellationToken cancellationToken)
    {
        if (await Context.ExpertiseHours.FindAsync([e.EntryId], cancellationToken) is not null)
        {
            return;
        }

        var year = SchoolYear.Of(e.On);
        var (level, target) = e.SchoolId is { } school ? (TargetLevel.School, school) : (TargetLevel.Cluster, e.ClusterId);
        Context.ExpertiseHours.Add(ExpertiseHoursRecord.Logged(e.EntryId, year.StartYear, e.AreaId, level, target, e.On, e.Hours));
        await recalculation.RequestAsync(year, e.AreaId, cancellationToken);
    }
}
