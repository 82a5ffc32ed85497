using System.Net;
using GeenKindDeBuurtUit.Platform.Auditing;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.SupportCases.Application.Cases;
using Microsoft.AspNetCore.Http;

namespace GeenKindDeBuurtUit.SupportCases.Infrastructure.Api;

/// <summary>
/// A lookup by pupil reference discloses particular cases, yet has no case id in its route, so
/// the trail's middleware records the call without one. This adds a record per case returned, as
/// a read of that case leaves, before the answer leaves: the trail of a case then shows who found it.
/// </summary>
internal sealed class LookupAuditRecords(IAuditTrail trail, ICurrentActor actor)
{
    public Task RecordAsync(HttpContext context, string action, IEnumerable<SupportCaseDto> returned, CancellationToken cancellationToken)
    {
        var address = AddressOf(context.Connection.RemoteIpAddress);
        var roles = actor.Roles.ToList();

        // Queued together, so the trail appends them in one transaction (docs/adr/0021).
        return Task.WhenAll(returned.Select(c => trail.RecordAsync(
            new AuditEntry(actor.Subject, roles, action, "support-case", c.Id.ToString(), AuditOutcome.Allowed, address, StatusCodes.Status200OK),
            cancellationToken)));
    }

    // The address as the trail's middleware records it: IPv4 callers seen through an IPv6 socket as plain IPv4.
    private static string? AddressOf(IPAddress? address) =>
        address is null ? null : (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString() is { Length: <= 45 } text ? text : null;
}
