using Microsoft.AspNetCore.Builder;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;

/// <summary>
/// Marks endpoints that touch pupil-level data: the audit trail records every call to them,
/// allowed or refused. A module marks its route group; it needs no reference to the Audit module.
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
