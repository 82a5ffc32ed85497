using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolYears;
using GeenKindDeBuurtUit.CollectiveBudget.IntegrationEvents;
using GeenKindDeBuurtUit.ExpertisePool.Infrastructure.Persistence;

namespace GeenKindDeBuurtUit.ExpertisePool.Infrastructure.CollectiveBudget;

/// <summary>A closed school year takes no more hours in its area: the budget they would be charged to is final.</summary>
internal sealed class SchoolYearClosedHandler(ExpertisePoolDbContext context)
    : IntegrationEventHandler<SchoolYearClosedIntegrationEvent, ExpertisePoolDbContext>(context)
{
    protected override Task HandleAsync(SchoolYearClosedIntegrationEvent e, CancellationToken cancellationToken) =>
        Context.RecordSchoolYearClosureAsync(e.AreaId, SchoolYear.Parse(e.SchoolYear), e.ClosedAt, cancellationToken);
}
