using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;

namespace GeenKindDeBuurtUit.Neighbourhoods.IntegrationEvents;

/// <summary>
/// A school joined the programme; carries its whole placement, and the names of its cluster and
/// area, so receivers need nothing else (Monitoring shows names next to its figures).
/// </summary>
public sealed record SchoolRegisteredIntegrationEvent(
    Guid SchoolId,
    string Name,
    string? Brin,
    Guid BoardId,
    Guid ClusterId,
    Guid AreaId,
    string ClusterName,
    string AreaName) : IntegrationEvent;
