using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;

namespace GeenKindDeBuurtUit.ExpertisePool.IntegrationEvents;

/// <summary>
/// Hours worked on one date for one request: what the collective budget charges at the agreed rate
/// and monitoring counts. <c>EntryId</c> identifies the entry; <c>SchoolId</c> is null for a cluster's request.
/// </summary>
public sealed record ExpertiseHoursLoggedIntegrationEvent(
    Guid EntryId, Guid RequestId, Guid ProfessionalId, Guid? SchoolId, Guid ClusterId, Guid AreaId, string Expertise, DateOnly On, decimal Hours)
    : IntegrationEvent;
