using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Professionals;
using ExpertiseArea = GeenKindDeBuurtUit.ExpertisePool.Domain.Professionals.Expertise;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Requests;
using RequestUrgency = GeenKindDeBuurtUit.ExpertisePool.Domain.Requests.Urgency;

namespace GeenKindDeBuurtUit.ExpertisePool.Application.Requests;

/// <param name="SchoolId">The requesting school; null when a cluster asked.</param>
/// <param name="ClusterId">The requesting cluster, or the requesting school's cluster.</param>
/// <param name="WaitingSeconds">From request to assignment; null while the request waits.</param>
public sealed record ExpertiseRequestDto(
    Guid Id,
    Guid? SchoolId,
    Guid ClusterId,
    Guid AreaId,
    [property: WireValues(typeof(ExpertiseArea))] string Expertise,
    decimal Hours,
    [property: WireValues(typeof(RequestUrgency))] string Urgency,
    Guid? SupportCaseId,
    string? Note,
    [property: WireValues(typeof(RequestStatus))] string Status,
    DateTimeOffset RequestedAt,
    Guid? ProfessionalId,
    DateTimeOffset? AssignedAt,
    long? WaitingSeconds,
    decimal HoursLogged,
    IReadOnlyList<TimeEntryDto> TimeEntries,
    DateOnly? CompletedOn,
    DateOnly? CancelledOn,
    string? CancellationReason,
    string Version);

public sealed record TimeEntryDto(Guid Id, DateOnly On, decimal Hours, Guid ProfessionalId);
