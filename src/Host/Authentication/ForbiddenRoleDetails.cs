using System.Security.Claims;
using GeenKindDeBuurtUit.Host.Edge;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;

namespace GeenKindDeBuurtUit.Host.Authentication;

/// <summary>
/// Which role an operation needs, as the 403's <c>detail</c> (docs/adr/0028), read from the
/// requirements that failed; then ASP.NET Core's own handling answers the 403.
/// </summary>
internal sealed class ForbiddenRoleDetails : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _answer = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            ProblemDetailHint.Set(context, StatusCodes.Status403Forbidden, Explain(context.User, authorizeResult.AuthorizationFailure));
        }

        return _answer.HandleAsync(next, context, policy, authorizeResult);
    }

    public static string Explain(ClaimsPrincipal user, AuthorizationFailure? failure)
    {
        var needed = failure?.FailedRequirements.OfType<RolesAuthorizationRequirement>().ToList() ?? [];
        if (needed.Count == 0)
        {
            return "The token may not do this operation.";
        }

        var has = user.FindAll("role").Select(c => c.Value).ToList();
        var held = has.Count == 0 ? "no role" : $"the role{(has.Count == 1 ? string.Empty : "s")} {string.Join(", ", has)}";
        var roles = string.Join("; and ", needed.Select(r => string.Join(" or ", r.AllowedRoles)));
        return $"This operation needs the role {roles}; the token has {held}.";
    }
}
