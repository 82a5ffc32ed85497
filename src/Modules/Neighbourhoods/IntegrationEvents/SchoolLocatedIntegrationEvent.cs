using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;

namespace GeenKindDeBuurtUit.Neighbourhoods.IntegrationEvents;

/// <summary>
/// A school's point on the map was set (WGS84 degrees): by an admin, or a placeholder inside its
/// area (<c>IsPlaceholder</c>) until an admin sets the real one.
/// </summary>
public sealed record SchoolLocatedIntegrationEvent(Guid SchoolId, Guid AreaId, double Latitude, double Longitude, bool IsPlaceholder) : IntegrationEvent;
