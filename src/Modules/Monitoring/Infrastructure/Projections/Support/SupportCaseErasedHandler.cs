using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Projections.Support;

/// <summary>
/// An erased case (docs/adr/0015) keeps its place in every figure under a stand-in: a fresh random
/// id that nothing outside these tables knows, so the facts still belong together (a child at home
/// twice counts once, a level change still finds its case) but lead back to no case. The OT
/// meetings' ids were known to the school system too, so they get fresh ones as well.
/// </summary>
internal sealed class SupportCaseErasedHandler(MonitoringDbContext context)
    : IntegrationEventHandler<SupportCaseErasedIntegrationEvent, MonitoringDbContext>(context)
{
    protected override async Task HandleAsync(SupportCaseErasedIntegrationEvent e, CancellationToken cancellationToken)
    {
        var standIn = Guid.NewGuid();
        await Context.Cases.Where(c => c.CaseId == e.CaseId).ExecuteUpdateAsync(s => s.SetProperty(c => c.CaseId, standIn), cancellationToken);
        await Context.LevelChanges.Where(c => c.CaseId == e.CaseId).ExecuteUpdateAsync(s => s.SetProperty(c => c.CaseId, standIn), cancellationToken);
        await Context.Referrals.Where(r => r.CaseId == e.CaseId).ExecuteUpdateAsync(s => s.SetProperty(r => r.CaseId, standIn), cancellationToken);
        await Context.ThuiszitterPeriods.Where(p => p.CaseId == e.CaseId).ExecuteUpdateAsync(s => s.SetProperty(p => p.CaseId, standIn), cancellationToken);
        await Context.Escalations.Where(x => x.CaseId == e.CaseId).ExecuteUpdateAsync(s => s.SetProperty(x => x.CaseId, standIn), cancellationToken);
        foreach (var meeting in await Context.OtMeetings.Where(m => m.CaseId == e.CaseId).ToListAsync(cancellationToken))
        {
            Context.OtMeetings.Remove(meeting);
            Context.OtMeetings.Add(meeting with { MeetingId = Guid.NewGuid(), CaseId = standIn });
        }
    }
}
