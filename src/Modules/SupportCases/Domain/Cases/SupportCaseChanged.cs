using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.SupportCases.Domain.Cases;

/// <summary>Marks the aggregate as changed, so its version (the ETag) moves on even when only a child entity changed.</summary>
public sealed record SupportCaseChanged(Guid CaseId) : IDomainEvent;
