using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.ExpertisePool.Domain.Professionals;

/// <summary>
/// Marks the professional as changed when work is assigned or logged: its version moves on, so two
/// coordinators filling the same professional's week at once cannot both pass the capacity check.
/// </summary>
public sealed record ProfessionalChanged(Guid ProfessionalId) : IDomainEvent;
