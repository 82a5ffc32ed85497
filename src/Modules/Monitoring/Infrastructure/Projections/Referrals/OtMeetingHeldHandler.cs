using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Projections.Referrals;

internal sealed class OtMeetingHeldHandler(MonitoringDbContext context)
    : IntegrationEventHandler<OtMeetingHeldIntegrationEvent, MonitoringDbContext>(context)
{
    protected override async Task HandleAsync(OtMeetingHeldIntegrationEvent e, CancellationToken cancellationToken)
    {
        if (await Context.OtMeetings.FindAsync([e.MeetingId], cancellationToken) is null)
        {
            Context.OtMeetings.Add(new OtMeetingFact(e.MeetingId, e.CaseId, e.SchoolId, e.HeldOn, e.Decision));
        }
    }
}
