using System.Security.Claims;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using Microsoft.AspNetCore.Http;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;

/// <summary>The caller as the validated bearer token describes it.</summary>
public sealed class HttpCurrentActor(IHttpContextAccessor accessor) : ICurrentActor
{
    public const string SchoolIdClaim = "school_id";
    public const string BoardIdClaim = "board_id";
    public const string RoleClaim = "role";
    public const string SubjectClaim = "sub";

    private ClaimsPrincipal User => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public string Subject => User.FindFirst(SubjectClaim)?.Value ?? "anonymous";

    public IReadOnlySet<string> Roles => User.FindAll(RoleClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);

    public IReadOnlySet<Guid> SchoolIds => Ids(SchoolIdClaim);

    public IReadOnlySet<Guid> BoardIds => Ids(BoardIdClaim);

    private HashSet<Guid> Ids(string claim) =>
        User.FindAll(claim).Select(c => Guid.TryParse(c.Value, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToHashSet();
}
