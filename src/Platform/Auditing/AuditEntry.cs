namespace GeenKindDeBuurtUit.Platform.Auditing;

/// <summary>How an attempt on pupil-level data ended, as the audit trail records it.</summary>
public enum AuditOutcome
{
    Allowed,
    Denied,
    NotFound,
}

/// <summary>
/// One access to pupil-level data. It never carries a pupil reference or unscreened free text
/// from the request: only who, what kind of action on which object, how it ended, and for some
/// actions a short summary the platform composes.
/// </summary>
/// <param name="Actor">The token's <c>sub</c>, <c>anonymous</c>, or <c>system:&lt;job&gt;</c> for background work.</param>
/// <param name="Roles">The caller's roles (empty for anonymous and system actors).</param>
/// <param name="Action">A stable name such as the endpoint's operation name (<c>GetSupportCase</c>) or <c>erase</c>.</param>
/// <param name="ObjectType">For example <c>support-case</c> or <c>expertise-request</c>.</param>
/// <param name="ObjectId">The object's id when one is known; null for lists.</param>
/// <param name="ClientAddress">The remote address of the HTTP caller; null for background work.</param>
/// <param name="Status">The HTTP status answered, so a reader can tell a refusal by policy (403) from one by validation (400); null for background work.</param>
/// <param name="Detail">
/// A short summary the platform composes (<c>schools=17; sbo=4; revision=3</c>), kept at most 500
/// characters; null for most actions. Never a pupil reference; free text in it must have passed the
/// platform's free-text screening (docs/adr/0033) before it is put there.
/// </param>
public sealed record AuditEntry(
    string Actor,
    IReadOnlyList<string> Roles,
    string Action,
    string ObjectType,
    string? ObjectId,
    AuditOutcome Outcome,
    string? ClientAddress,
    int? Status = null,
    string? Detail = null);
