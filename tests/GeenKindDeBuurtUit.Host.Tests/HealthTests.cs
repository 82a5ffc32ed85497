using System.Net;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.Host.Tests;

[Collection(HostCollection.Name)]
public sealed class HealthTests(PlatformFactory platform)
{
    [Fact]
    public async Task Live_answers_healthy_without_a_token()
    {
        var response = await platform.CreateClient().GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_answers_healthy_when_every_module_database_is_reachable_and_migrated()
    {
        var response = await platform.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
