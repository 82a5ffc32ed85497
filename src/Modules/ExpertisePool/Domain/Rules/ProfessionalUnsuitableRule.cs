using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Professionals;

namespace GeenKindDeBuurtUit.ExpertisePool.Domain.Rules;

/// <summary>Assigned by hand or matched, a professional has the expertise asked for and works in the request's area.</summary>
public sealed class ProfessionalUnsuitableRule(Professional professional, Expertise expertise, Guid areaId) : IBusinessRule
{
    public string Code => "professional-unsuitable";

    public string Message => professional.Offers(expertise)
        ? $"Professional '{professional.Name}' does not work in the request's area."
        : $"Professional '{professional.Name}' does not offer the expertise asked for.";

    public bool IsBroken() => !professional.Offers(expertise) || !professional.Serves(areaId);
}
