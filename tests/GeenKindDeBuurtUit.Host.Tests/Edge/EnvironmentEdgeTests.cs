using System.Net;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GeenKindDeBuurtUit.Host.Tests.Edge;

/// <summary>What changes outside Development, and what configuration opens (docs/adr/0016). Each test starts a host of its own.</summary>
[Collection(HostCollection.Name)]
public sealed class EnvironmentEdgeTests
{
    private static readonly WebApplicationFactoryClientOptions Https = new() { BaseAddress = new Uri("https://platform.example") };

    [Fact]
    public async Task Production_by_default_sends_hsts_and_closes_swagger_the_dashboard_and_cors()
    {
        using var host = new EdgeHost("Production", new Dictionary<string, string>());
        var client = host.CreateClient(Https);

        var health = await client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.StartsWith("max-age=31536000", string.Join(",", health.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/swagger/index.html")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/swagger/v1/swagger.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.ClientAs(EdgeClients.NewSubject(), Roles.Admin).GetAsync("/hangfire")).StatusCode);
        Assert.False((await LimitsAndHeadersTests.Preflight(client, "https://las.example")).Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal(HttpStatusCode.OK, (await host.ClientAs(EdgeClients.NewSubject(), Roles.Analyst).GetAsync("/api/v1/areas")).StatusCode);
    }

    [Fact]
    public async Task Production_opens_swagger_the_dashboard_and_configured_origins_when_configured()
    {
        using var host = new EdgeHost("Production", new Dictionary<string, string>
        {
            ["Platform:ExposeSwagger"] = "true",
            ["Platform:ExposeHangfireDashboard"] = "true",
            ["Cors:AllowedOrigins:0"] = "https://las.example",
        });
        var client = host.CreateClient(Https);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/swagger/v1/swagger.json")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/hangfire")).StatusCode);

        var allowed = await LimitsAndHeadersTests.Preflight(client, "https://las.example");
        Assert.True(allowed.IsSuccessStatusCode, $"{(int)allowed.StatusCode}");
        Assert.Equal("https://las.example", string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Origin")));
        var other = await LimitsAndHeadersTests.Preflight(client, "https://elsewhere.example");
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Over_the_rate_limit_a_caller_gets_429_with_retry_after_and_other_callers_are_not_affected()
    {
        using var host = new EdgeHost("Development", new Dictionary<string, string>
        {
            ["RateLimiting:PermitLimit"] = "3",
            ["RateLimiting:Window"] = "00:01:00",
        });
        var busy = host.ClientAs(EdgeClients.NewSubject(), Roles.Analyst);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync("/api/v1/areas")).StatusCode);
        }

        var refused = await busy.GetAsync("/api/v1/areas");

        await Problem.AssertAsync(refused, HttpStatusCode.TooManyRequests);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 60);
        Assert.Equal("nosniff", string.Join(",", refused.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(HttpStatusCode.OK, (await host.ClientAs(EdgeClients.NewSubject(), Roles.Analyst).GetAsync("/api/v1/areas")).StatusCode);
    }
}
