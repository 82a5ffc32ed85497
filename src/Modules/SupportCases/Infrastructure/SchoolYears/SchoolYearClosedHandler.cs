using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolYears;
using GeenKindDeBuurtUit.CollectiveBudget.IntegrationEvents;
using GeenKindDeBuurtUit.SupportCases.Infrastructure.Persistence;

namespace GeenKindDeBuurtUit.SupportCases.Infrastructure.SchoolYears;

internal sealed class SchoolYearClosedHandler(SupportCasesDbContext context)
    : IntegrationEventHandler<SchoolYearClosedIntegrationEvent, SupportCasesDbContext>(context)
{
    protected override Task HandleAsync(SchoolYearClosedIntegrationEvent e, CancellationToken cancellationToken) =>
        Context.RecordSchoolYearClosureAsync(e.AreaId, SchoolYear.Parse(e.SchoolYear), e.ClosedAt, cancellationToken);
}
