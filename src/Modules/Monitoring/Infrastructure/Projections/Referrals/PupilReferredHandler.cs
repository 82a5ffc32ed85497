using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Projections.Referrals;

internal sealed class PupilReferredHandler(MonitoringDbContext context)
    : IntegrationEventHandler<PupilReferredIntegrationEvent, MonitoringDbContext>(context)
{
    protected override Task HandleAsync(PupilReferredIntegrationEvent e, CancellationToken cancellationToken) =>
        Context.ReferralAsync(new(e.CaseId, e.DecidedOn, e.SchoolId, e.Type, e.Category, e.SchoolYear), r => r.Referred(e.OccurredAt.UtcDateTime), cancellationToken);
}
