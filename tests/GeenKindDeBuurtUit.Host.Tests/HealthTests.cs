using System.Net;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
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
        var ready = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Healthy", ready["status"]!.GetValue<string>());
        Assert.Equal("Healthy", ready["checks"]!["databases"]!["status"]!.GetValue<string>());
    }

    /// <summary>Runs on each engine of the matrix: the answer names the one the platform runs on, with the version its server reports.</summary>
    [Fact]
    public async Task Ready_names_the_database_engine_in_use_and_the_version_its_server_reports()
    {
        var response = await platform.CreateClient().GetAsync("/health/ready");

        var databases = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["checks"]!["databases"]!;
        var provider = databases["data"]!["provider"]!.GetValue<string>();
        var version = databases["data"]!["serverVersion"]!.GetValue<string>();
        Assert.Equal(platform.Provider.ToString(), provider);
        Assert.Equal(TestProvider.Current, platform.Provider);

        // SQLite's library is 3.x; the matrix's PostgreSQL server is a supported major release.
        Assert.Matches(platform.Provider == DatabaseProvider.PostgreSql ? @"^1[4-9]\.\d+" : @"^3\.\d+\.\d+", version);
        Assert.Contains($"on {provider} {version} reachable and migrated", databases["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
