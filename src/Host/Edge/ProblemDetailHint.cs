using Microsoft.AspNetCore.Http;

namespace GeenKindDeBuurtUit.Host.Edge;

/// <summary>
/// The detail for a problem whose body is written later by someone who no longer knows why: the
/// bearer handler knows why it refused a token and the authorization step which role was missing,
/// but the 401 or 403 body is written by the status code pages further out.
/// </summary>
internal static class ProblemDetailHint
{
    private static readonly object Key = new();

    public static void Set(HttpContext context, int status, string detail) => context.Items[Key] = (status, detail);

    /// <summary>The hint left for this status; one left for another status does not fit this answer.</summary>
    public static string? Find(HttpContext context, int status) =>
        context.Items.TryGetValue(Key, out var hint) && hint is (int hinted, string detail) && hinted == status ? detail : null;
}
