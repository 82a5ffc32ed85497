using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.Neighbourhoods.Domain;

public sealed record SchoolMoved(Guid SchoolId) : IDomainEvent;
