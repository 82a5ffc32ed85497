using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.Neighbourhoods.Domain;

internal sealed record SchoolMoved(Guid SchoolId) : IDomainEvent;
