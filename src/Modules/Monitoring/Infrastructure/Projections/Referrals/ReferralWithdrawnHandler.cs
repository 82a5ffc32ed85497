using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Projections.Referrals;

internal sealed class ReferralWithdrawnHandler(MonitoringDbContext context)
    : IntegrationEventHandler<ReferralWithdrawnIntegrationEvent, MonitoringDbContext>(context)
{
    protected override Task HandleAsync(ReferralWithdrawnIntegrationEvent e, CancellationToken cancellationToken) =>
        Context.ReferralAsync(
            new(e.CaseId, e.DecidedOn, e.SchoolId, e.Type, e.Category, e.SchoolYear), r => r.Withdrawn(e.WithdrawnOn, e.OccurredAt.UtcDateTime), cancellationToken);
}
