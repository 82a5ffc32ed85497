using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Professionals;

namespace GeenKindDeBuurtUit.ExpertisePool.Application.Professionals;

internal static class ProfessionalMapping
{
    public static ProfessionalDto ToDto(this Professional p) => new(
        p.Id, p.Name, p.Organisation, p.Expertise.Select(WireName.Of).ToList(), p.AreaIds, p.HoursPerWeek, p.IsActive, p.DeactivatedOn, ConcurrencyCheck.VersionOf(p));
}
