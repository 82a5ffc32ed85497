using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;

namespace GeenKindDeBuurtUit.Neighbourhoods.IntegrationEvents;

/// <summary>A school moved to another cluster (and perhaps another area); carries the new placement in full.</summary>
public sealed record SchoolMovedIntegrationEvent(
    Guid SchoolId,
    Guid BoardId,
    Guid FromClusterId,
    Guid ClusterId,
    Guid FromAreaId,
    Guid AreaId) : IntegrationEvent;
