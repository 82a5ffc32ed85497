using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.Host.Authentication;
using GeenKindDeBuurtUit.Testing;
using Microsoft.AspNetCore.Http;

namespace GeenKindDeBuurtUit.Host.Tests.Edge;

/// <summary>
/// The client address in the audit trail behind a reverse proxy (docs/adr/0024): forwarded headers
/// are believed from configured proxies only, so nobody writes an address of their choosing.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class TrustedProxyTests
{
    private static readonly IPAddress Proxy = IPAddress.Parse("10.20.0.5");

    [Fact]
    public async Task Behind_a_configured_proxy_the_audit_trail_records_the_forwarded_client_address()
    {
        using var host = new EdgeHost("Development", new Dictionary<string, string> { ["ForwardedHeaders:KnownProxies:0"] = Proxy.ToString() });

        var recorded = await AddressRecordedForAsync(host, from: Proxy, forwardedFor: "203.0.113.7");

        Assert.Equal("203.0.113.7", recorded);
    }

    [Fact]
    public async Task A_proxy_inside_a_configured_network_is_trusted_too()
    {
        using var host = new EdgeHost("Development", new Dictionary<string, string> { ["ForwardedHeaders:KnownNetworks:0"] = "10.20.0.0/16" });

        var recorded = await AddressRecordedForAsync(host, from: Proxy, forwardedFor: "198.51.100.23");

        Assert.Equal("198.51.100.23", recorded);
    }

    [Theory]
    [InlineData("10.20.0.9")] // another machine than the configured proxy
    [InlineData(null)] // nothing configured: the header is never believed
    public async Task A_forwarded_header_from_an_untrusted_address_is_ignored(string? configuredProxy)
    {
        var settings = configuredProxy is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["ForwardedHeaders:KnownProxies:0"] = configuredProxy };
        using var host = new EdgeHost("Development", settings);

        var recorded = await AddressRecordedForAsync(host, from: Proxy, forwardedFor: "203.0.113.7");

        Assert.Equal(Proxy.ToString(), recorded);
    }

    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies:0", "not-an-address")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/99")]
    [InlineData("ForwardedHeaders:ForwardLimit", "0")]
    public void A_malformed_proxy_setting_stops_the_host_with_the_setting_named(string key, string value)
    {
        using var host = new EdgeHost("Development", new Dictionary<string, string> { [key] = value });

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains(key.Split(':')[1], Flatten(error), StringComparison.Ordinal);
    }

    private static async Task<string?> AddressRecordedForAsync(EdgeHost host, IPAddress from, string forwardedFor)
    {
        host.CreateClient().Dispose();
        var reader = Token(EdgeClients.NewSubject(), Roles.Admin);
        var caseId = Guid.NewGuid();
        var answer = await host.Server.SendAsync(context =>
        {
            context.Connection.RemoteIpAddress = from;
            context.Request.Method = HttpMethods.Get;
            context.Request.Path = $"/api/v1/support-cases/{caseId}";
            context.Request.Headers.Authorization = $"Bearer {reader}";
            context.Request.Headers["X-Forwarded-For"] = forwardedFor;
        });
        Assert.Equal(StatusCodes.Status404NotFound, answer.Response.StatusCode);

        var trail = await host.ClientAs(EdgeClients.NewSubject(), Roles.Admin).GetFromJsonAsync<JsonElement>($"/api/v1/audit?objectId={caseId}");
        var record = Assert.Single(trail.GetProperty("items").EnumerateArray());
        return record.GetProperty("clientAddress").GetString();
    }

    private static string Token(string subject, string role) =>
        TokenIssuer.Issue(new AuthSettings { SigningKey = PlatformFactory.SigningKey }, new TokenRequest(subject, [role], [], [], TimeSpan.FromHours(1)), DateTimeOffset.UtcNow);

    private static string Flatten(Exception error) => error.InnerException is null ? error.Message : error.Message + " " + Flatten(error.InnerException);
}
