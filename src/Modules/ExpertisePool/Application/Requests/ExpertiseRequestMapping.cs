using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Requests;

namespace GeenKindDeBuurtUit.ExpertisePool.Application.Requests;

internal static class ExpertiseRequestMapping
{
    public static ExpertiseRequestDto ToDto(this ExpertiseRequest r) => new(
        r.Id,
        r.SchoolId,
        r.ClusterId,
        r.AreaId,
        WireName.Of(r.Expertise),
        r.Hours,
        WireName.Of(r.Urgency),
        r.SupportCaseId,
        r.Note,
        WireName.Of(r.Status),
        Utc(r.RequestedAt),
        r.ProfessionalId,
        r.AssignedAt is { } assignedAt ? Utc(assignedAt) : null,
        r.WaitingSeconds,
        r.HoursLogged,
        r.TimeEntries.OrderBy(e => e.On).ThenBy(e => e.LoggedAt).Select(e => new TimeEntryDto(e.Id, e.On, e.Hours, e.ProfessionalId)).ToList(),
        r.CompletedOn,
        r.CancelledOn,
        r.CancellationReason,
        ConcurrencyCheck.VersionOf(r));

    public static DateTimeOffset Utc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
