using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;

namespace GeenKindDeBuurtUit.SupportCases.Application.Access;

/// <summary>
/// Who may see which cases: a <c>school</c> token only its own schools' cases, <c>swv</c> and
/// <c>admin</c> all. A case outside the caller's scope is "not found", never "forbidden".
/// </summary>
public sealed class SupportCaseAccess(ICurrentActor actor)
{
    public bool SeesAllSchools => actor.IsInRole(Roles.Swv) || actor.IsInRole(Roles.Admin);

    /// <summary>The schools whose cases the caller sees; null means all.</summary>
    public IReadOnlySet<Guid>? VisibleSchools => SeesAllSchools ? null : actor.IsInRole(Roles.School) ? actor.SchoolIds : new HashSet<Guid>();

    public bool CanSee(Guid schoolId) => VisibleSchools?.Contains(schoolId) ?? true;

    public void EnsureCanSee(Guid schoolId, Guid caseId)
    {
        if (!CanSee(schoolId))
        {
            throw new NotFoundException("Support case", caseId);
        }
    }

    public void EnsureCanActFor(Guid schoolId)
    {
        if (!CanSee(schoolId))
        {
            throw new ForbiddenException("This token does not act for that school.");
        }
    }
}
