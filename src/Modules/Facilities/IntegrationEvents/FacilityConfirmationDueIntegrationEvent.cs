using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;

namespace GeenKindDeBuurtUit.Facilities.IntegrationEvents;

/// <summary>
/// A facility's steward is asked to confirm it: it becomes stale on <c>StaleOn</c> unless confirmed.
/// Meant for the steward alone (<c>StewardSub</c> is the partner account's <c>sub</c>); carries ids
/// and the facility's public name only.
/// </summary>
public sealed record FacilityConfirmationDueIntegrationEvent(
    Guid FacilityId, string FacilityName, Guid AreaId, string StewardSub, DateOnly StaleOn) : IntegrationEvent;
