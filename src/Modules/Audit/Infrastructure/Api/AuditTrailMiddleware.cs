using System.Net;
using GeenKindDeBuurtUit.Platform.Auditing;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GeenKindDeBuurtUit.Audit.Infrastructure.Api;

/// <summary>
/// Records every call to an <see cref="AuditedEndpoint"/>. It runs after authentication and
/// before authorization, so it also sees the 401s and 403s of the policies. The record is written
/// before the first byte of the answer leaves (or, for an answer without a body, before the
/// request ends): no pupil data reaches a caller without its record.
/// </summary>
internal sealed class AuditTrailMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IAuditTrail trail, ICurrentActor actor)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<AuditedEndpoint>() is not { } audited)
        {
            await next(context);
            return;
        }

        var recorded = false;
        async Task RecordOnceAsync(int status)
        {
            if (recorded)
            {
                return;
            }

            recorded = true;

            // Not the request's token: a caller hanging up must not take its record with it.
            await trail.RecordAsync(Entry(context, audited, actor, status), CancellationToken.None);
        }

        context.Response.OnStarting(() => RecordOnceAsync(context.Response.StatusCode));
        try
        {
            await next(context);
        }
        catch (Exception exception) when (!context.Response.HasStarted)
        {
            // The exception handler further out turns it into problem details; the status it will choose is known here.
            await RecordOnceAsync(ProblemDetailsExceptionHandler.Map(exception).Status ?? StatusCodes.Status500InternalServerError);
            throw;
        }

        if (!context.Response.HasStarted)
        {
            await RecordOnceAsync(context.Response.StatusCode);
        }
    }

    public static AuditOutcome OutcomeOf(int status) => status switch
    {
        < 400 => AuditOutcome.Allowed,
        StatusCodes.Status404NotFound => AuditOutcome.NotFound,
        _ => AuditOutcome.Denied,
    };

    private static AuditEntry Entry(HttpContext context, AuditedEndpoint audited, ICurrentActor actor, int status)
    {
        var authenticated = context.User.Identity?.IsAuthenticated == true;
        return new AuditEntry(
            authenticated ? actor.Subject : "anonymous",
            authenticated ? actor.Roles.ToList() : [],
            ActionOf(context),
            audited.ObjectType,
            ObjectIdOf(context, audited, status),
            OutcomeOf(status),
            AddressOf(context.Connection.RemoteIpAddress),
            status,
            AuditDetail.Of(context));
    }

    private static string ActionOf(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        return endpoint?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName
            ?? $"{context.Request.Method} {(endpoint as RouteEndpoint)?.RoutePattern.RawText}";
    }

    // Only a GUID is taken, from the route or a create's Location: nothing the caller typed freely.
    private static string? ObjectIdOf(HttpContext context, AuditedEndpoint audited, int status)
    {
        var candidate = audited.IdRouteValue is { } name ? context.GetRouteValue(name)?.ToString() : null;
        if (candidate is null && status == StatusCodes.Status201Created)
        {
            candidate = context.Response.Headers.Location.ToString().TrimEnd('/').Split('/')[^1];
        }

        return Guid.TryParse(candidate, out var id) ? id.ToString() : null;
    }

    private static string? AddressOf(IPAddress? address) =>
        address is null ? null : (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString() is { Length: <= 45 } text ? text : null;
}
