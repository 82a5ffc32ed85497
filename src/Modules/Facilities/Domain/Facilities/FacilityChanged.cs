using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.Facilities.Domain.Facilities;

/// <summary>Marks the facility as changed, so its version (the ETag) moves on also when only its reports changed.</summary>
public sealed record FacilityChanged(Guid FacilityId) : IDomainEvent;
