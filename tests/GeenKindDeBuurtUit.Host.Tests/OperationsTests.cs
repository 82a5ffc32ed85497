using System.Net;
using System.Net.Http.Json;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.Host.Tests;

[Collection(HostCollection.Name)]
public sealed class OperationsTests(PlatformFactory platform)
{
    [Fact]
    public async Task The_hangfire_dashboard_is_for_admins_only()
    {
        Assert.Equal(HttpStatusCode.OK, (await platform.ClientWithRoles("admin").GetAsync("/hangfire")).StatusCode);

        foreach (var role in new[] { "school", "swv", "coordinator", "treasurer", "analyst" })
        {
            var response = await platform.ClientWithRoles(role).GetAsync("/hangfire");
            Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, $"{role}: {(int)response.StatusCode}");
        }

        var anonymous = await platform.CreateClient().GetAsync("/hangfire");
        Assert.True(anonymous.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_swagger_ui_is_served()
    {
        var response = await platform.CreateClient().GetAsync("/swagger/index.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("swagger", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Concurrent_writers_on_sqlite_never_see_a_locked_database()
    {
        var admin = platform.ClientWithRoles("admin");
        var prefix = Guid.NewGuid().ToString("N")[..8];

        var responses = await Task.WhenAll(Enumerable.Range(0, 24).Select(i =>
            admin.PostAsJsonAsync("/api/v1/boards", new { name = $"Concurrent board {prefix}-{i}" })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
    }
}
