using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;

namespace GeenKindDeBuurtUit.ExpertisePool.IntegrationEvents;

/// <summary>
/// A request was cancelled, waiting (<c>ProfessionalId</c> null) or assigned. The reason stays in the
/// Expertise Pool: it is free text.
/// </summary>
public sealed record ExpertiseRequestCancelledIntegrationEvent(
    Guid RequestId, Guid? ProfessionalId, Guid? SchoolId, Guid ClusterId, Guid AreaId, string Expertise, DateOnly CancelledOn, decimal HoursRequested, decimal HoursLogged)
    : IntegrationEvent;
