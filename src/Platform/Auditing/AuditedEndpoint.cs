using Microsoft.AspNetCore.Builder;

namespace GeenKindDeBuurtUit.Platform.Auditing;

/// <summary>
/// Marks endpoints the audit trail records every call to, allowed or refused: every endpoint that
/// touches pupil-level data (a module marks its route group), and every write to money, targets and
/// reference data (marked one endpoint at a time, so their many reads stay out of the trail). A module
/// marks one through these contracts, without seeing how the trail is kept.
/// </summary>
/// <param name="ObjectType">What the endpoints act on, for example <c>support-case</c>.</param>
/// <param name="IdRouteValue">The route value holding the object's id; without one (a create), the id comes from a 201's <c>Location</c>.</param>
public sealed record AuditedEndpoint(string ObjectType, string? IdRouteValue);

public static class AuditedEndpointExtensions
{
    public static TBuilder Audited<TBuilder>(this TBuilder builder, string objectType, string? idRouteValue = null)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AuditedEndpoint(objectType, idRouteValue));
}
