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
    private RequestScope? _scope;

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
}
