using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Projections.History;

/// <remarks>No version moves: the thuiszitter figures and the trend are counted on every answer, nothing built from them is kept.</remarks>
internal sealed class ThuiszitterHistoryImportedHandler(MonitoringDbContext context)
    : IntegrationEventHandler<ThuiszitterHistoryImportedIntegrationEvent, MonitoringDbContext>(context)
{
    protected override async Task HandleAsync(ThuiszitterHistoryImportedIntegrationEvent e, CancellationToken cancellationToken)
    {
        var year = SchoolYear.Parse(e.SchoolYear).StartYear;
        var imported = await Context.ImportedThuiszitters.FindAsync([year, e.AreaId], cancellationToken);
        if (imported is null)
        {
            imported = ImportedThuiszitters.Start(year, e.AreaId);
            Context.ImportedThuiszitters.Add(imported);
        }

        imported.Revise(e.Revision, e.Removed, e.Count);
    }
}
