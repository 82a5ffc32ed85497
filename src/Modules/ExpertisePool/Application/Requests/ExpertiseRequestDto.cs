namespace GeenKindDeBuurtUit.ExpertisePool.Application.Requests;

/// <param name="SchoolId">The requesting school; null when a cluster asked.</param>
/// <param name="ClusterId">The requesting cluster, or the requesting school's cluster.</param>
/// <param name="WaitingSeconds">From request to assignment; null while the request waits.</param>
public sealed record ExpertiseRequestDto(
    Guid Id,
    Guid? SchoolId,
    Guid ClusterId,
    Guid AreaId,
    string Expertise,
    decimal Hours,
    string Urgency,
    Guid? SupportCaseId,
    string? Note,
    string Status,
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
