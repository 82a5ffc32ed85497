using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;

namespace GeenKindDeBuurtUit.Neighbourhoods.IntegrationEvents;

/// <summary>A school moved to another cluster (and perhaps another area); carries the new placement in full, with its names.</summary>
public sealed record SchoolMovedIntegrationEvent(
    Guid SchoolId,
    Guid BoardId,
    Guid FromClusterId,
    Guid ClusterId,
    Guid FromAreaId,
    Guid AreaId,
    string ClusterName,
    string AreaName) : IntegrationEvent;
