using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.Host.Authentication;
using GeenKindDeBuurtUit.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace GeenKindDeBuurtUit.Host.Tests.Edge;

/// <summary>
/// Requests without a valid token are limited per client address before they reach the audit trail
/// and the 401 (docs/adr/0034): a flood of bad tokens gets 429 and leaves at most the limit's worth
/// of audit records.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class AnonymousRateLimitTests
{
    private const string BadToken = "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJmbG9vZCJ9.bm90LWEtc2lnbmF0dXJl";
    private static readonly IPAddress Flooder = IPAddress.Parse("203.0.113.66");
    private static readonly IPAddress Neighbour = IPAddress.Parse("198.51.100.7");

    [Fact]
    public async Task By_default_an_address_flooding_bad_tokens_gets_429_after_300_a_minute_and_the_audit_trail_stops_growing()
    {
        using var host = new EdgeHost("Development", new Dictionary<string, string>());
        host.CreateClient().Dispose();
        var caseId = Guid.NewGuid();

        for (var i = 0; i < 300; i++)
        {
            Assert.Equal(StatusCodes.Status401Unauthorized, (await SendAsync(host, Flooder, caseId, BadToken)).Response.StatusCode);
        }

        var refused = (await SendAsync(host, Flooder, caseId, BadToken)).Response;
        var again = (await SendAsync(host, Flooder, caseId, BadToken)).Response;

        Assert.Equal(StatusCodes.Status429TooManyRequests, refused.StatusCode);
        Assert.Equal(StatusCodes.Status429TooManyRequests, again.StatusCode);
        Assert.StartsWith("application/problem+json", refused.ContentType, StringComparison.Ordinal);
        Assert.InRange(int.Parse(refused.Headers.RetryAfter.ToString(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        var problem = await JsonDocument.ParseAsync(refused.Body);
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("300", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(300, await AuditRecordsAsync(host, caseId));
    }

    [Fact]
    public async Task The_limit_is_per_address_and_leaves_valid_tokens_from_that_address_alone()
    {
        using var host = new EdgeHost("Development", new Dictionary<string, string>
        {
            ["RateLimiting:AnonymousPermitLimit"] = "3",
            ["RateLimiting:AnonymousWindow"] = "00:01:00",
        });
        host.CreateClient().Dispose();
        var caseId = Guid.NewGuid();

        for (var i = 0; i < 3; i++)
        {
            await SendAsync(host, Flooder, caseId, BadToken);
        }

        Assert.Equal(StatusCodes.Status429TooManyRequests, (await SendAsync(host, Flooder, caseId, authorization: null)).Response.StatusCode);
        Assert.Equal(StatusCodes.Status401Unauthorized, (await SendAsync(host, Neighbour, caseId, BadToken)).Response.StatusCode);
        Assert.Equal(StatusCodes.Status404NotFound, (await SendAsync(host, Flooder, caseId, "Bearer " + Token(Roles.Admin))).Response.StatusCode);
        Assert.Equal(StatusCodes.Status200OK, (await SendAsync(host, Flooder, path: "/health/live")).Response.StatusCode);
        Assert.Equal(5, await AuditRecordsAsync(host, caseId));
    }

    [Theory]
    [InlineData("RateLimiting:AnonymousPermitLimit", "0")]
    [InlineData("RateLimiting:AnonymousWindow", "00:00:00")]
    public void A_limit_that_is_not_positive_stops_the_host(string key, string value)
    {
        using var host = new EdgeHost("Development", new Dictionary<string, string> { [key] = value });

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("AnonymousPermitLimit", error.ToString(), StringComparison.Ordinal);
    }

    private static Task<HttpContext> SendAsync(EdgeHost host, IPAddress from, Guid caseId = default, string? authorization = null, string? path = null) =>
        host.Server.SendAsync(context =>
        {
            context.Connection.RemoteIpAddress = from;
            context.Request.Method = HttpMethods.Get;
            context.Request.Path = path ?? $"/api/v1/support-cases/{caseId}";
            if (authorization is not null)
            {
                context.Request.Headers.Authorization = authorization;
            }
        });

    private static async Task<int> AuditRecordsAsync(EdgeHost host, Guid caseId)
    {
        var trail = await host.ClientAs(EdgeClients.NewSubject(), Roles.Admin).GetFromJsonAsync<JsonElement>($"/api/v1/audit?objectId={caseId}&pageSize=1");
        return trail.GetProperty("total").GetInt32();
    }

    private static string Token(string role) =>
        TokenIssuer.Issue(new AuthSettings { SigningKey = PlatformFactory.SigningKey }, new TokenRequest(EdgeClients.NewSubject(), [role], [], [], TimeSpan.FromHours(1)), DateTimeOffset.UtcNow);
}
