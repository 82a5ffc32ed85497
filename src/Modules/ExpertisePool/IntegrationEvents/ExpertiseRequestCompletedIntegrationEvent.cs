using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;

namespace GeenKindDeBuurtUit.ExpertisePool.IntegrationEvents;

/// <summary>The professional finished the request; <c>HoursLogged</c> of the <c>HoursRequested</c> were worked.</summary>
public sealed record ExpertiseRequestCompletedIntegrationEvent(
    Guid RequestId, Guid ProfessionalId, Guid? SchoolId, Guid ClusterId, Guid AreaId, string Expertise, DateOnly CompletedOn, decimal HoursRequested, decimal HoursLogged)
    : IntegrationEvent;
