using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.Monitoring.IntegrationEvents;
using GeenKindDeBuurtUit.SupportCases.Infrastructure.Persistence;

namespace GeenKindDeBuurtUit.SupportCases.Infrastructure.SchoolYears;

internal sealed class SchoolYearFiguresReopenedHandler(SupportCasesDbContext context)
    : IntegrationEventHandler<SchoolYearFiguresReopenedIntegrationEvent, SupportCasesDbContext>(context)
{
    protected override Task HandleAsync(SchoolYearFiguresReopenedIntegrationEvent e, CancellationToken cancellationToken) =>
        FiguresClosures.RecordAsync(Context, e.SchoolYear, e.Revision, closed: false, e.ReopenedAt, cancellationToken);
}
