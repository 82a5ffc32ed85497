using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;

namespace GeenKindDeBuurtUit.ExpertisePool.IntegrationEvents;

/// <summary>A request got its professional; <c>WaitingSeconds</c> is the time from request to assignment, a measure of the programme.</summary>
public sealed record ProfessionalAssignedIntegrationEvent(
    Guid RequestId,
    Guid ProfessionalId,
    Guid? SchoolId,
    Guid ClusterId,
    Guid AreaId,
    string Expertise,
    decimal Hours,
    DateTimeOffset RequestedAt,
    DateTimeOffset AssignedAt,
    long WaitingSeconds,
    bool BestMatch) : IntegrationEvent;
