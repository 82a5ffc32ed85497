using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.SupportCases.Tests.Api;
using GeenKindDeBuurtUit.Testing;
using GeenKindDeBuurtUit.Testing.Readme;

namespace GeenKindDeBuurtUit.SupportCases.Tests.Readme;

/// <summary>The README's worked example, replayed as written (<see cref="ReadmeScript"/>): it ends in a referral.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ReadmeSupportRouteTests(PlatformFactory platform)
{
    [Fact]
    public async Task The_readme_support_route_runs_as_written_and_ends_in_a_referral()
    {
        using var client = platform.CreateClient();
        var script = new ReadmeScript(platform, client);

        await script.RunAsync("## A first support route");

        Assert.True(script.Requests >= 5, $"the example should walk the support route, found {script.Requests} requests");
        Assert.True(Guid.TryParse(script.Variables.GetValueOrDefault("CASE"), out _), "CASE holds the opened case's id");
        var supportCase = Assert.IsType<JsonObject>(script.Last);
        Assert.Equal(5, supportCase["level"]!.GetValue<int>());
        Assert.Equal("sbo", supportCase["referral"]!["type"]!.GetValue<string>());
        Assert.Equal("2026-2027", supportCase["referral"]!["schoolYear"]!.GetValue<string>());
    }
}
