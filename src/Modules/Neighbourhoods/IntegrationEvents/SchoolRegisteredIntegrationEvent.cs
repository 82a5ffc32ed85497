using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;

namespace GeenKindDeBuurtUit.Neighbourhoods.IntegrationEvents;

/// <summary>
/// A school joined the programme; carries its whole placement, and the names of its cluster, area
/// and board, so receivers need nothing else (Monitoring shows names next to its figures, the
/// ledger export next to its ids).
/// </summary>
/// <param name="BoardName">Null in events published before boards' names travelled along.</param>
public sealed record SchoolRegisteredIntegrationEvent(
    Guid SchoolId,
    string Name,
    string? Brin,
    Guid BoardId,
    Guid ClusterId,
    Guid AreaId,
    string ClusterName,
    string AreaName,
    string? BoardName = null) : IntegrationEvent;
