using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Reconciliation;

namespace GeenKindDeBuurtUit.CollectiveBudget.Application.Access;

/// <summary>
/// Who may see and book what: <c>swv</c> and <c>admin</c> every area; a <c>treasurer</c> the areas
/// where its boards have schools (others are "not found", never "forbidden") and contributions only
/// for its own boards. The endpoints already keep every other role out.
/// </summary>
public sealed class BudgetAccess(ICurrentActor actor)
{
    public bool SeesAllAreas => actor.IsInRole(Roles.Swv) || actor.IsInRole(Roles.Admin);

    public string Actor => actor.Subject;

    /// <summary>The boards whose figures the caller sees; null means all.</summary>
    public IReadOnlySet<Guid>? VisibleBoards => SeesAllAreas ? null : actor.IsInRole(Roles.Treasurer) ? actor.BoardIds : new HashSet<Guid>();

    public bool CanRead(Guid areaId, IEnumerable<PlacedSchool> schools) =>
        VisibleBoards is not { } boards || schools.Any(s => s.AreaId == areaId && boards.Contains(s.BoardId));

    public void EnsureCanRead(SchoolYear schoolYear, Guid areaId, IEnumerable<PlacedSchool> schools)
    {
        if (!CanRead(areaId, schools))
        {
            throw new NotFoundException("Budget", $"{schoolYear}/{areaId}");
        }
    }

    public void EnsureCanBookFor(Guid boardId)
    {
        if (VisibleBoards is { } boards && !boards.Contains(boardId))
        {
            throw new ForbiddenException("This token does not act for that board.");
        }
    }
}
