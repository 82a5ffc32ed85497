using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.CollectiveBudget.IntegrationEvents;

namespace GeenKindDeBuurtUit.ExpertisePool.Infrastructure;

/// <summary>A closed school year takes no more hours in its area: the budget they would be charged to is final.</summary>
internal sealed class SchoolYearClosedHandler(ExpertisePoolDbContext context)
    : IntegrationEventHandler<SchoolYearClosedIntegrationEvent, ExpertisePoolDbContext>(context)
{
    protected override async Task HandleAsync(SchoolYearClosedIntegrationEvent e, CancellationToken cancellationToken)
    {
        var year = SchoolYear.Parse(e.SchoolYear);
        if (await Context.ClosedSchoolYears.FindAsync([e.AreaId, year.StartYear], cancellationToken) is null)
        {
            Context.ClosedSchoolYears.Add(ClosedSchoolYear.Of(e.AreaId, year.StartYear, e.ClosedAt));
        }
    }
}
