using System.Net;
using GeenKindDeBuurtUit.Testing;
using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;

namespace GeenKindDeBuurtUit.Host.Tests;

/// <summary>The OpenAPI document is what integrators read: a change to it shows up in review as a snapshot diff.</summary>
[Collection(HostCollection.Name)]
public sealed class OpenApiTests(PlatformFactory platform)
{
    private const string Document = "/swagger/v1/swagger.json";

    [Fact]
    public async Task The_openapi_document_matches_its_snapshot()
    {
        var response = await platform.CreateClient().GetAsync(Document);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Snapshot.Match(JToken.Parse(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_openapi_document_declares_the_bearer_scheme_for_every_operation()
    {
        var document = JObject.Parse(await platform.CreateClient().GetStringAsync(Document));

        var bearer = document.SelectToken("components.securitySchemes.Bearer") as JObject;
        Assert.NotNull(bearer);
        Assert.Equal("http", bearer.Value<string>("type"));
        Assert.Equal("bearer", bearer.Value<string>("scheme"));
        Assert.Equal("JWT", bearer.Value<string>("bearerFormat"));
        var security = document["security"] as JArray;
        Assert.NotNull(security);
        Assert.Contains(security, requirement => requirement is JObject r && r.ContainsKey("Bearer"));
    }
}
