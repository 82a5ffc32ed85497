using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;

namespace GeenKindDeBuurtUit.Neighbourhoods.IntegrationEvents;

/// <summary>A school joined the programme; carries its whole placement so receivers need nothing else.</summary>
public sealed record SchoolRegisteredIntegrationEvent(
    Guid SchoolId,
    string Name,
    string? Brin,
    Guid BoardId,
    Guid ClusterId,
    Guid AreaId) : IntegrationEvent;
