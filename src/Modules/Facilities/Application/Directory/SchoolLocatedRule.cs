using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.Facilities.Application.Directory;

/// <summary>"Near this school" needs the school's point; a school without one cannot be measured from.</summary>
public sealed class SchoolLocatedRule(MappedSchool school) : IBusinessRule
{
    public string Code => "school-not-located";

    public string Message => "This school has no location yet, so no distance can be measured from it; an admin sets the school's location first.";

    public bool IsBroken() => school.Location is null;
}
