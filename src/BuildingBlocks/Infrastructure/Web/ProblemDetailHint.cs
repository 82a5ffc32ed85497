using Microsoft.AspNetCore.Http;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;

/// <summary>
/// The detail for a problem whose body is written later by someone who no longer knows why: the
/// bearer handler knows why it refused a token and the authorization step which role was missing,
/// but the 401 or 403 body is written by the status code pages further out.
/// </summary>
public static class ProblemDetailHint
{
    private static readonly object Key = new();

    public static void Set(HttpContext context, string detail) => context.Items[Key] = detail;

    public static string? Find(HttpContext context) => context.Items.TryGetValue(Key, out var detail) ? detail as string : null;
}
