using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolMap;
using GeenKindDeBuurtUit.Neighbourhoods.IntegrationEvents;
using GeenKindDeBuurtUit.SupportCases.Infrastructure.Persistence;

namespace GeenKindDeBuurtUit.SupportCases.Infrastructure.SchoolMap;

internal sealed class SchoolRegisteredHandler(SupportCasesDbContext context)
    : IntegrationEventHandler<SchoolRegisteredIntegrationEvent, SupportCasesDbContext>(context)
{
    protected override async Task HandleAsync(SchoolRegisteredIntegrationEvent e, CancellationToken cancellationToken)
    {
        await Context.PlaceSchoolAsync(e.SchoolId, e.BoardId, e.ClusterId, e.AreaId, e.OccurredAt, cancellationToken);

        // A school registers once and its BRIN does not change; the pilot's schools have none.
        if (e.Brin is { Length: > 0 } brin && await Context.SchoolBrins.FindAsync([e.SchoolId], cancellationToken) is null)
        {
            Context.SchoolBrins.Add(SchoolBrin.Of(e.SchoolId, brin));
        }
    }
}
