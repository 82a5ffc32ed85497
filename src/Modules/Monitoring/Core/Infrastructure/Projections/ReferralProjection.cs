using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Projections;

internal static class ReferralProjection
{
    /// <summary>The referral both events describe in full, so either may create it.</summary>
    public static async Task<ReferralFact> ReferralAsync(
        this MonitoringDbContext context, Guid caseId, DateOnly decidedOn, Guid schoolId, string type, string? category, string schoolYear, CancellationToken cancellationToken)
    {
        var referral = await context.Referrals.FindAsync([caseId, decidedOn], cancellationToken);
        if (referral is null)
        {
            // Domain rule 6: a referral belongs to the school year of the OT decision.
            var year = SchoolYear.TryParse(schoolYear, out var parsed) ? parsed : SchoolYear.Of(decidedOn);
            referral = ReferralFact.Create(caseId, decidedOn, schoolId, type, category, year.StartYear);
            context.Referrals.Add(referral);
        }

        return referral;
    }
}

internal sealed class PupilReferredHandler(MonitoringDbContext context)
    : IntegrationEventHandler<PupilReferredIntegrationEvent, MonitoringDbContext>(context)
{
    protected override async Task HandleAsync(PupilReferredIntegrationEvent e, CancellationToken cancellationToken) =>
        (await Context.ReferralAsync(e.CaseId, e.DecidedOn, e.SchoolId, e.Type, e.Category, e.SchoolYear, cancellationToken)).Referred(e.OccurredAt.UtcDateTime);
}

internal sealed class ReferralWithdrawnHandler(MonitoringDbContext context)
    : IntegrationEventHandler<ReferralWithdrawnIntegrationEvent, MonitoringDbContext>(context)
{
    protected override async Task HandleAsync(ReferralWithdrawnIntegrationEvent e, CancellationToken cancellationToken) =>
        (await Context.ReferralAsync(e.CaseId, e.DecidedOn, e.SchoolId, e.Type, e.Category, e.SchoolYear, cancellationToken))
            .Withdrawn(e.WithdrawnOn, e.OccurredAt.UtcDateTime);
}

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
