using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Projections.History;

internal sealed class ReferralHistoryImportedHandler(MonitoringDbContext context)
    : IntegrationEventHandler<ReferralHistoryImportedIntegrationEvent, MonitoringDbContext>(context)
{
    protected override async Task HandleAsync(ReferralHistoryImportedIntegrationEvent e, CancellationToken cancellationToken)
    {
        var year = SchoolYear.Parse(e.SchoolYear).StartYear;
        var imported = await Context.ImportedReferrals.FindAsync([year, e.SchoolId], cancellationToken);
        if (imported is null)
        {
            imported = ImportedReferrals.Start(year, e.SchoolId);
            Context.ImportedReferrals.Add(imported);
        }

        if (imported.Revise(e.Revision, e.Removed, e.Sbo, e.SoLow, e.SoMedium, e.SoHigh))
        {
            // Imported counts are referral counts: the kept referral tables are built from them too.
            await Context.ReadModelChangedAsync(VersionedReadModel.ReferralSummaries, cancellationToken);
        }
    }
}
