using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolMap;
using GeenKindDeBuurtUit.Neighbourhoods.IntegrationEvents;
using GeenKindDeBuurtUit.SupportCases.Infrastructure.Persistence;

namespace GeenKindDeBuurtUit.SupportCases.Infrastructure.SchoolMap;

internal sealed class SchoolRegisteredHandler(SupportCasesDbContext context)
    : IntegrationEventHandler<SchoolRegisteredIntegrationEvent, SupportCasesDbContext>(context)
{
    protected override Task HandleAsync(SchoolRegisteredIntegrationEvent e, CancellationToken cancellationToken) =>
        Context.PlaceSchoolAsync(e.SchoolId, e.BoardId, e.ClusterId, e.AreaId, e.OccurredAt, cancellationToken);
}
