using System.Runtime.CompilerServices;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Projections.Referrals;

internal sealed class OtMeetingHeldHandler(MonitoringDbContext context)
    : IntegrationEventHandler<OtMeetingHeldIntegrationEvent, MonitoringDbContext>(context)
{
    // Every OT meeting asks it: compiled, as CaseFactsLookup does and for its reasons (docs/adr/0088).
    private static readonly ConditionalWeakTable<IModel, Func<MonitoringDbContext, Guid, CancellationToken, Task<bool>>> Known = [];

    protected override async Task HandleAsync(OtMeetingHeldIntegrationEvent e, CancellationToken cancellationToken)
    {
        var known = Known.GetValue(Context.Model, static _ => EF.CompileAsyncQuery(
            (MonitoringDbContext context, Guid meetingId, CancellationToken _) => context.OtMeetings.Any(m => m.MeetingId == meetingId)));
        if (!await known(Context, e.MeetingId, cancellationToken))
        {
            Context.OtMeetings.Add(new OtMeetingFact(e.MeetingId, e.CaseId, e.SchoolId, e.HeldOn, e.Decision));
        }
    }
}
