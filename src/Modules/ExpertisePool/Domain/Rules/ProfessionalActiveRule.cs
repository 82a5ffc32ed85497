using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Professionals;

namespace GeenKindDeBuurtUit.ExpertisePool.Domain.Rules;

/// <summary>A deactivated professional takes no new work (and is not deactivated twice).</summary>
public sealed class ProfessionalActiveRule(Professional professional) : IBusinessRule
{
    public string Code => "professional-inactive";

    public string Message => $"Professional '{professional.Name}' is no longer active in the pool.";

    public bool IsBroken() => !professional.IsActive;
}
