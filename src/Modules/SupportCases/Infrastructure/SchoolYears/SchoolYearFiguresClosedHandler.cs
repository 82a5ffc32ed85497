using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.Monitoring.IntegrationEvents;
using GeenKindDeBuurtUit.SupportCases.Infrastructure.Persistence;

namespace GeenKindDeBuurtUit.SupportCases.Infrastructure.SchoolYears;

internal sealed class SchoolYearFiguresClosedHandler(SupportCasesDbContext context)
    : IntegrationEventHandler<SchoolYearFiguresClosedIntegrationEvent, SupportCasesDbContext>(context)
{
    protected override Task HandleAsync(SchoolYearFiguresClosedIntegrationEvent e, CancellationToken cancellationToken) =>
        FiguresClosures.RecordAsync(Context, e.SchoolYear, e.Revision, closed: true, e.ClosedAt, cancellationToken);
}
