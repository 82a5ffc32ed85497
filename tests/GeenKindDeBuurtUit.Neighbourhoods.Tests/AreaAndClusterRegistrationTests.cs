using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.Neighbourhoods.Tests;

/// <summary>The structure grows beyond the pilot: an admin registers an area, a cluster in it, and schools in the cluster.</summary>
[Collection(PlatformCollection.Name)]
public sealed class AreaAndClusterRegistrationTests(PlatformFactory platform)
{
    private const string CountAreas = "select count(*) from neighbourhoods_areas";
    private const string CountClusters = "select count(*) from neighbourhoods_clusters";

    public static TheoryData<string> OtherRoles => new(Roles.All.Where(r => r != Roles.Admin));

    [Fact]
    public async Task A_school_registered_in_a_new_cluster_of_a_new_area_belongs_to_that_area_in_every_module()
    {
        var admin = platform.Admin();

        var area = await CreatedAsync(await admin.PostAsJsonAsync("/api/v1/areas", new { name = Unique("Nieuw-West") }), "/api/v1/areas/");
        var areaId = area["id"]!.GetValue<Guid>();
        var cluster = await CreatedAsync(await admin.PostAsJsonAsync("/api/v1/clusters", new { name = "Cluster 1", areaId }), "/api/v1/clusters/");
        var clusterId = cluster["id"]!.GetValue<Guid>();
        Assert.Equal(areaId, cluster["areaId"]!.GetValue<Guid>());
        Assert.Empty(cluster["schoolIds"]!.AsArray());
        var board = (await admin.GetFromJsonAsync<JsonArray>("/api/v1/boards"))![0]!["id"]!.GetValue<Guid>();
        var school = await CreatedAsync(
            await admin.PostAsJsonAsync("/api/v1/schools", new { name = Unique("School"), brin = (string?)null, boardId = board, clusterId }), "/api/v1/schools/");

        Assert.Equal(areaId, school["areaId"]!.GetValue<Guid>());
        Assert.Contains((await admin.GetFromJsonAsync<JsonArray>("/api/v1/areas"))!, a => a!["id"]!.GetValue<Guid>() == areaId);
        var listed = (await admin.GetFromJsonAsync<JsonArray>("/api/v1/clusters"))!.Single(c => c!["id"]!.GetValue<Guid>() == clusterId)!;
        Assert.Equal([school["id"]!.GetValue<Guid>()], listed["schoolIds"]!.AsArray().Select(s => s!.GetValue<Guid>()));
        var probe = new DatabaseProbe(platform.ConnectionString);
        var schoolId = DatabaseProbe.Text(school["id"]!.GetValue<Guid>());
        foreach (var table in PlatformFactory.SchoolMapTables)
        {
            await Eventually.AssertAsync(
                async () => await probe.CountAsync(
                    $"select count(*) from {table} where SchoolId = $school and AreaId = $area", ("$school", schoolId), ("$area", DatabaseProbe.Text(areaId))) == 1,
                $"{table} places the school in the new area");
        }
    }

    [Theory]
    [InlineData("""{"name":""}""", "name")]
    [InlineData("""{"name":"   "}""", "name")]
    [InlineData("""{}""", "name")]
    [InlineData("""{"name":"Zuid","colour":"red"}""", "colour")]
    public async Task A_bad_area_names_the_field_and_stores_nothing(string body, string field)
    {
        var before = await platform.CountAsync(CountAreas);

        var response = await platform.Admin().PostAsync("/api/v1/areas", Json(body));

        await ProblemAssert.AssertFieldAsync(response, field);
        Assert.Equal(before, await platform.CountAsync(CountAreas));
    }

    [Theory]
    [InlineData("""{"name":"","areaId":"@area"}""", "name")]
    [InlineData("""{"areaId":"@area"}""", "name")]
    [InlineData("""{"name":"Cluster x"}""", "areaId")]
    [InlineData("""{"name":"Cluster x","areaId":"00000000-0000-0000-0000-000000000042"}""", "areaId")]
    [InlineData("""{"name":"Cluster x","areaId":"not-a-guid"}""", "areaId")]
    public async Task A_bad_cluster_names_the_field_and_stores_nothing(string body, string field)
    {
        var before = await platform.CountAsync(CountClusters);

        var response = await platform.Admin().PostAsync("/api/v1/clusters", Json(body.Replace("@area", PilotIds.Osdorp.ToString(), StringComparison.Ordinal)));

        await ProblemAssert.AssertFieldAsync(response, field);
        Assert.Equal(before, await platform.CountAsync(CountClusters));
    }

    [Fact]
    public async Task The_same_area_name_twice_and_the_same_cluster_name_twice_in_one_area_are_conflicts()
    {
        var admin = platform.Admin();
        var name = Unique("Zuidoost");
        var area = await CreatedAsync(await admin.PostAsJsonAsync("/api/v1/areas", new { name }), "/api/v1/areas/");
        var areaId = area["id"]!.GetValue<Guid>();
        await CreatedAsync(await admin.PostAsJsonAsync("/api/v1/clusters", new { name = "Bondje", areaId }), "/api/v1/clusters/");
        var areas = await platform.CountAsync(CountAreas);
        var clusters = await platform.CountAsync(CountClusters);

        await ProblemAssert.ProblemAsync(await admin.PostAsJsonAsync("/api/v1/areas", new { name = " " + name }), HttpStatusCode.Conflict);
        await ProblemAssert.ProblemAsync(await admin.PostAsJsonAsync("/api/v1/clusters", new { name = "Bondje", areaId }), HttpStatusCode.Conflict);
        // The same cluster name in another area is another cluster.
        await CreatedAsync(await admin.PostAsJsonAsync("/api/v1/clusters", new { name = "Bondje", areaId = PilotIds.Osdorp }), "/api/v1/clusters/");

        Assert.Equal(areas, await platform.CountAsync(CountAreas));
        Assert.Equal(clusters + 1, await platform.CountAsync(CountClusters));
    }

    [Theory]
    [MemberData(nameof(OtherRoles))]
    public async Task Only_an_admin_registers_areas_and_clusters(string role)
    {
        var client = platform.ClientAs(role);
        var areas = await platform.CountAsync(CountAreas);
        var clusters = await platform.CountAsync(CountClusters);

        await ProblemAssert.ProblemAsync(await client.PostAsJsonAsync("/api/v1/areas", new { name = Unique("Noord") }), HttpStatusCode.Forbidden);
        await ProblemAssert.ProblemAsync(await client.PostAsJsonAsync("/api/v1/clusters", new { name = "X", areaId = PilotIds.Osdorp }), HttpStatusCode.Forbidden);

        Assert.Equal(areas, await platform.CountAsync(CountAreas));
        Assert.Equal(clusters, await platform.CountAsync(CountClusters));
    }

    private static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..8]}";

    private static StringContent Json(string body) => new(body, System.Text.Encoding.UTF8, "application/json");

    private static async Task<JsonObject> CreatedAsync(HttpResponseMessage response, string locationPrefix)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"expected 201, got {(int)response.StatusCode}: {text}");
        var created = JsonNode.Parse(text)!.AsObject();
        Assert.Equal(locationPrefix + created["id"]!.GetValue<Guid>(), response.Headers.Location?.OriginalString);
        return created;
    }
}
