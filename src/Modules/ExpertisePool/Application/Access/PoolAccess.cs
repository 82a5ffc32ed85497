using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.ExpertisePool.Application.Directory;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Requests;

namespace GeenKindDeBuurtUit.ExpertisePool.Application.Access;

/// <summary>
/// Who sees which requests: <c>swv</c>, <c>coordinator</c> and <c>admin</c> all; a <c>school</c> token
/// those of its schools and of clusters one of its schools belongs to. Which role may call which
/// endpoint is settled at the endpoints; a request outside the scope is "not found".
/// </summary>
public sealed class PoolAccess(ICurrentActor actor, ISchoolDirectory schools)
{
    public const string NotTheRequester = "Only the school that made this request, a coordinator or an admin may cancel it.";

    private RequestScope? _scope;

    /// <summary>The schools a <c>school</c> token acts for; none for any other role.</summary>
    public IReadOnlySet<Guid> ActingSchoolIds => IsSchoolOnly ? actor.SchoolIds : new HashSet<Guid>();

    private bool IsSchoolOnly =>
        actor.IsInRole(Roles.School) && !(actor.IsInRole(Roles.Swv) || actor.IsInRole(Roles.Coordinator) || actor.IsInRole(Roles.Admin));

    public async Task<RequestScope> ScopeAsync(CancellationToken cancellationToken)
    {
        if (_scope is not null)
        {
            return _scope;
        }

        _scope = actor.IsInRole(Roles.Swv) || actor.IsInRole(Roles.Coordinator) || actor.IsInRole(Roles.Admin)
            ? RequestScope.All
            : actor.IsInRole(Roles.School)
                ? new RequestScope(actor.SchoolIds, await schools.ClustersOfAsync(actor.SchoolIds.ToList(), cancellationToken))
                : new RequestScope(new HashSet<Guid>(), new HashSet<Guid>());
        return _scope;
    }

    public async Task EnsureCanSeeAsync(ExpertiseRequest request, CancellationToken cancellationToken)
    {
        if (!(await ScopeAsync(cancellationToken)).Covers(request))
        {
            throw new NotFoundException("Expertise request", request.Id);
        }
    }

    /// <summary>
    /// A cluster's request is seen by every school in the cluster, but withdrawn only by the school
    /// that made it: another school must not cancel help its neighbour asked for.
    /// </summary>
    public void EnsureCanCancel(ExpertiseRequest request)
    {
        if (actor.IsInRole(Roles.Coordinator) || actor.IsInRole(Roles.Admin))
        {
            return;
        }

        if (!actor.IsInRole(Roles.School) || !request.IsRequestedByAny(actor.SchoolIds))
        {
            throw new ForbiddenException(NotTheRequester);
        }
    }
}
