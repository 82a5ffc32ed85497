using Microsoft.AspNetCore.Http;

namespace GeenKindDeBuurtUit.Platform.Auditing;

/// <summary>
/// Lets an audited endpoint hand the trail a summary of what its request did (an import's source
/// and counts): the record of the request carries it as <see cref="AuditEntry.Detail"/>. Set it
/// before the answer starts, which is when the record is written.
/// </summary>
public static class AuditDetail
{
    private static readonly object Key = new();

    /// <param name="detail">Composed by the platform; never a pupil reference, and free text in it screened (see <see cref="AuditEntry.Detail"/>).</param>
    public static void Set(HttpContext context, string detail) => context.Items[Key] = detail;

    public static string? Of(HttpContext context) => context.Items.TryGetValue(Key, out var detail) ? detail as string : null;

    /// <summary>Screened free text as one value of a detail, quoted, so a <c>;</c> or <c>=</c> in it cannot pass for another field.</summary>
    public static string Quoted(string text) =>
        "\"" + string.Concat(text.Select(c => c switch
        {
            '"' or '\\' => "\\" + c,
            _ when char.IsControl(c) => " ",
            _ => c.ToString(),
        })) + "\"";
}
