using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;

namespace GeenKindDeBuurtUit.Facilities.Tests.Api;

/// <summary>Creating, reading and listing facilities; bad input names its field and stores nothing.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CreateAndReadTests(PlatformFactory platform)
{
    private const string CountFacilities = "select count(*) from facilities_facilities";

    private readonly MapApi _map = new(platform);

    public static TheoryData<string, string> BadBodies => new()
    {
        { "location.lat", """{"location":{"lat":48.85,"lon":4.8}}""" },
        { "location.lon", """{"location":{"lat":52.36,"lon":2.35}}""" },
        { "location.lat", """{"location":{"lon":4.8}}""" },
        { "areaId", """{"areaId":"00000000-0000-0000-0000-000000000042"}""" },
        { "kind", """{"kind":"zoo"}""" },
        { "offers[0]", """{"offers":["yoga"]}""" },
        { "stewardSub", """{"stewardSub":""}""" },
        { "stewardSub", """{"stewardSub":" padded "}""" },
        { "stewardSub", "{\"stewardSub\":\"" + new string('s', 201) + "\"}" },
        { "ageTo", """{"ageFrom":12,"ageTo":4}""" },
        { "ageFrom", """{"ageFrom":-1}""" },
        { "ageTo", """{"ageTo":24}""" },
        { "name", """{"name":""}""" },
        { "address", """{"address":null}""" },
        { "contact.url", """{"contact":{"url":"ftp://example.org"}}""" },
        { "contact.email", """{"contact":{"email":"not an address"}}""" },
        { "contact.phone", """{"contact":{"phone":"call me"}}""" },
        { "description", """{"description":"Leerling 111222333 komt hier."}""" },
        { "color", """{"color":"red"}""" },
    };

    [Fact]
    public async Task A_created_facility_answers_201_with_its_location_and_version_and_reads_back_the_same()
    {
        var response = await _map.Admin.PostAsJsonAsync(MapApi.Facilities, MapApi.Body("partner-okt"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await ProblemAssert.BodyAsync(response);
        var id = MapApi.Id(created);
        Assert.Equal($"/api/v1/facilities/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal($"\"{created["version"]}\"", response.Headers.ETag!.Tag);
        Assert.Equal("active", created["status"]!.GetValue<string>());
        Assert.Equal("buurtteam", created["kind"]!.GetValue<string>());
        Assert.Equal(MapApi.Osdorpplein.Lat, created["location"]!["lat"]!.GetValue<double>());
        Assert.Equal(["behaviour", "language"], created["offers"]!.AsArray().Select(o => o!.GetValue<string>()));
        Assert.Equal(0, created["openClosedReports"]!.GetValue<int>());
        Assert.Null(created["distanceM"]);

        var read = await _map.Admin.GetAsync($"{MapApi.Facilities}/{id}");
        Assert.Equal(response.Headers.ETag, read.Headers.ETag);
        var body = await MapApi.OkAsync(read);
        Assert.Equal(created.ToJsonString(), body.ToJsonString());
    }

    [Theory]
    [InlineData(Roles.Swv)]
    [InlineData(Roles.Coordinator)]
    public async Task Swv_and_coordinator_create_facilities_too(string role)
    {
        var response = await _map.As(role).PostAsJsonAsync(MapApi.Facilities, MapApi.Body("partner-okt"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Partner)]
    [InlineData(Roles.School)]
    [InlineData(Roles.Analyst)]
    public async Task Other_roles_may_not_create_and_nothing_is_stored(string role)
    {
        var before = await platform.CountAsync(CountFacilities);
        var response = await _map.As(role, "partner-okt").PostAsJsonAsync(MapApi.Facilities, MapApi.Body("partner-okt"));
        await ProblemAssert.ProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal(before, await platform.CountAsync(CountFacilities));
    }

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_bad_body_names_the_field_and_stores_nothing(string field, string patch)
    {
        var body = MapApi.Body("partner-okt");
        // Each member of the patch replaces the body's member whole.
        foreach (var (name, value) in JsonNode.Parse(patch)!.AsObject())
        {
            body[name] = value?.DeepClone();
        }

        var before = await platform.CountAsync(CountFacilities);
        await ProblemAssert.AssertFieldAsync(
            await _map.Admin.PostAsync(MapApi.Facilities, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json")), field);
        Assert.Equal(before, await platform.CountAsync(CountFacilities));
    }

    [Fact]
    public async Task An_unknown_facility_is_404()
    {
        await ProblemAssert.ProblemAsync(await _map.Admin.GetAsync($"{MapApi.Facilities}/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(Roles.School)]
    [InlineData(Roles.Partner)]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.Treasurer)]
    public async Task Every_role_reads_the_map(string role)
    {
        var id = await _map.CreateAsync("partner-okt");
        await _map.GetAsync(id, _map.As(role));
        Assert.Contains(id, (await _map.ListAsync("pageSize=200&kind=buurtteam", _map.As(role))).Select(MapApi.Id));
    }

    [Fact]
    public async Task The_list_filters_by_area_kind_needs_and_age()
    {
        var library = await _map.CreateAsync("partner-filter", change: b =>
        {
            b["kind"] = "library";
            b["offers"] = new JsonArray("newcomer");
            b["ageFrom"] = 0;
            b["ageTo"] = 4;
        });
        var sport = await _map.CreateAsync("partner-filter", change: b =>
        {
            b["kind"] = "sport";
            b["offers"] = new JsonArray("behaviour");
            b["ageFrom"] = 6;
            b["ageTo"] = null;
            b["areaId"] = PilotIds.BosEnLommer.ToString();
        });

        Assert.Contains(library, await IdsAsync("kind=library"));
        Assert.DoesNotContain(sport, await IdsAsync("kind=library"));
        Assert.Contains(sport, await IdsAsync($"areaId={PilotIds.BosEnLommer}"));
        Assert.DoesNotContain(library, await IdsAsync($"areaId={PilotIds.BosEnLommer}"));
        Assert.Contains(library, await IdsAsync("offers=newcomer,tos"));
        Assert.DoesNotContain(sport, await IdsAsync("offers=newcomer,tos"));
        Assert.Contains(sport, await IdsAsync("offers=tos&offers=behaviour"));
        Assert.Contains(library, await IdsAsync("age=3"));
        Assert.DoesNotContain(sport, await IdsAsync("age=3"));
        Assert.Contains(sport, await IdsAsync("age=17"));
        Assert.DoesNotContain(library, await IdsAsync("age=5"));
    }

    [Theory]
    [InlineData("kind=zoo", "kind")]
    [InlineData("offers=yoga", "offers")]
    [InlineData("offers=tos,,language", "offers")]
    [InlineData("status=gone", "status")]
    [InlineData("age=-1", "age")]
    [InlineData("age=24", "age")]
    [InlineData("radiusM=0&near=7535f312-c0f6-5e5f-b80c-ad86c3116d31", "radiusM")]
    [InlineData("radiusM=50001&near=7535f312-c0f6-5e5f-b80c-ad86c3116d31", "radiusM")]
    [InlineData("radiusM=500", "radiusM")]
    [InlineData("near=school-7", "near")]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=201", "pageSize")]
    public async Task A_bad_query_names_its_parameter(string query, string field) =>
        await ProblemAssert.AssertFieldAsync(await _map.Admin.GetAsync($"{MapApi.Facilities}?{query}"), field);

    private async Task<List<Guid>> IdsAsync(string query) => [.. (await _map.ListAsync("pageSize=200&" + query)).Select(MapApi.Id)];
}
