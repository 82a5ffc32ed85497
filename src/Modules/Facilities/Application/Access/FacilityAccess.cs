using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.Facilities.Domain.Facilities;
using GeenKindDeBuurtUit.Facilities.Domain.Reports;
using GeenKindDeBuurtUit.Facilities.Domain.Rules;

namespace GeenKindDeBuurtUit.Facilities.Application.Access;

/// <summary>
/// Who sees and changes which facility (docs/adr/0059). Every role reads the map; hidden and withdrawn
/// facilities only their steward and admins, for everyone else they do not exist (404). Which roles
/// may call a request is settled at its endpoint; here the steward's own facilities are told apart.
/// </summary>
public sealed class FacilityAccess(ICurrentActor actor)
{
    public string Subject => actor.Subject;

    public bool IsAdmin => actor.IsInRole(Roles.Admin);

    /// <summary>The roles that manage every facility: they create them and name stewards.</summary>
    public bool IsManager => IsAdmin || actor.IsInRole(Roles.Swv) || actor.IsInRole(Roles.Coordinator);

    public bool IsStewardOf(Facility facility) => string.Equals(facility.StewardSub, actor.Subject, StringComparison.Ordinal);

    public bool CanSee(Facility facility) => facility.IsOnMap || IsAdmin || IsStewardOf(facility);

    public Facility EnsureCanSee(Facility? facility, Guid id) =>
        facility is not null && CanSee(facility) ? facility : throw new NotFoundException("Facility", id);

    /// <param name="managersToo">Whether admin, swv and coordinator may as well; else admin only, beside the steward.</param>
    public void EnsureSteward(Facility facility, bool managersToo)
    {
        var rule = new StewardOnlyRule(facility.StewardSub, actor.Subject, managersToo ? IsManager : IsAdmin);
        if (rule.IsBroken())
        {
            throw new ForbiddenException(rule.Message);
        }
    }

    /// <summary>
    /// A school token's report counts for one school: the one it carries, or with several the first
    /// by id (docs/adr/0059), so one account cannot dispute a facility alone. Other roles' reports count for no school.
    /// </summary>
    public Reporter Reporter() =>
        new(actor.Subject, actor.IsInRole(Roles.School) && actor.SchoolIds.Count > 0 ? actor.SchoolIds.Min() : null);
}
