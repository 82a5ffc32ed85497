using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.ExpertisePool.Domain.Requests;

/// <summary>Marks the request as changed, so its version (the ETag) moves on when only its time entries changed.</summary>
public sealed record ExpertiseRequestChanged(Guid RequestId) : IDomainEvent;
