using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.Monitoring.Tests.Api;

/// <summary>Soft monitoring: stories and observations tagged with the guiding principles, never naming a child.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ObservationTests(PlatformFactory platform)
{
    private const string Base = "/api/v1/monitoring/observations";

    [Fact]
    public async Task An_analyst_records_an_observation_about_a_cluster_and_reads_it_back()
    {
        var pilot = await Pilot.ReadAsync(platform.Admin());
        var analyst = platform.ClientAs("analyst");

        var response = await analyst.PostAsJsonAsync(Base, new
        {
            on = "2025-11-03", clusterId = pilot.Clusters["Osdorp cluster 2"], principles = new[] { 4, 1, 4 },
            text = "Parents join the start class every Friday morning.", authorRole = "school",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal($"{Base}/{created["id"]}", response.Headers.Location!.ToString());
        Assert.Equal(pilot.Areas["Osdorp"], created["areaId"]!.GetValue<Guid>());
        Assert.Equal("Osdorp", created["areaName"]!.GetValue<string>());
        Assert.Equal("Osdorp cluster 2", created["clusterName"]!.GetValue<string>());
        Assert.Equal("[1,4]", created["principles"]!.ToJsonString());
        Assert.Equal("school", created["authorRole"]!.GetValue<string>());
        var read = await analyst.GetFromJsonAsync<JsonObject>(response.Headers.Location);
        Assert.Equal(created.ToJsonString(), read!.ToJsonString());
    }

    [Fact]
    public async Task Observations_are_filtered_by_principle_area_and_period_and_paged()
    {
        var pilot = await Pilot.ReadAsync(platform.Admin());
        var swv = platform.ClientAs("swv");
        var bosEnLommer = pilot.Areas["Bos en Lommer"];
        foreach (var (on, principle) in new[] { ("2011-03-01", 5), ("2011-03-02", 5), ("2011-03-03", 6), ("2011-05-01", 5) })
        {
            var posted = await swv.PostAsJsonAsync(Base, new { on, areaId = bosEnLommer, principles = new[] { principle }, text = $"Story of {on}", authorRole = "okt" });
            Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        }

        var page = await swv.GetFromJsonAsync<JsonObject>($"{Base}?principle=5&areaId={bosEnLommer}&from=2011-01-01&to=2011-04-30&pageSize=1&page=2");
        var elsewhere = await swv.GetFromJsonAsync<JsonObject>($"{Base}?areaId={pilot.Areas["Osdorp"]}&from=2011-01-01&to=2011-12-31");

        Assert.Equal(2, page!["total"]!.GetValue<int>());
        Assert.Equal(2, page["page"]!.GetValue<int>());
        Assert.Equal(1, page["pageSize"]!.GetValue<int>());
        Assert.Equal("Story of 2011-03-01", Assert.Single(page["items"]!.AsArray())!["text"]!.GetValue<string>());
        Assert.Equal(0, elsewhere!["total"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("Het kind met BSN 1234.56.782 zit thuis.")]
    [InlineData("bsn: 111222333")]
    [InlineData("zie https://ketenid.nl/201703/8dfac1c6")]
    public async Task A_text_that_could_identify_a_child_is_refused_and_not_stored(string text)
    {
        var before = await platform.CountAsync("select count(*) from monitoring_observations");

        var response = await platform.ClientAs("analyst").PostAsJsonAsync(Base, new { on = "2025-11-03", areaId = PilotIds.Osdorp, principles = new[] { 7 }, text, authorRole = "municipality" });

        await Figures.AssertFieldAsync(response, "text");
        Assert.DoesNotContain(text, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await platform.CountAsync("select count(*) from monitoring_observations"));
    }

    [Theory]
    [InlineData("""{"on":"2025-11-03","principles":[1],"text":"t","authorRole":"school"}""", "areaId")]
    [InlineData("""{"on":"2025-11-03","areaId":"@area","clusterId":"@cluster","principles":[1],"text":"t","authorRole":"school"}""", "areaId")]
    [InlineData("""{"on":"2025-11-03","areaId":"@cluster","principles":[1],"text":"t","authorRole":"school"}""", "areaId")]
    [InlineData("""{"on":"2025-11-03","clusterId":"@area","principles":[1],"text":"t","authorRole":"school"}""", "clusterId")]
    [InlineData("""{"on":"2025-11-03","areaId":"@area","principles":[],"text":"t","authorRole":"school"}""", "principles")]
    [InlineData("""{"on":"2025-11-03","areaId":"@area","principles":[8],"text":"t","authorRole":"school"}""", "principles[0]")]
    [InlineData("""{"on":"2025-11-03","areaId":"@area","principles":[1],"text":"","authorRole":"school"}""", "text")]
    [InlineData("""{"on":"2025-11-03","areaId":"@area","principles":[1],"text":"t","authorRole":"teacher"}""", "authorRole")]
    [InlineData("""{"on":"2999-01-01","areaId":"@area","principles":[1],"text":"t","authorRole":"school"}""", "on")]
    [InlineData("""{"areaId":"@area","principles":[1],"text":"t","authorRole":"school"}""", "on")]
    [InlineData("""{"on":"2025-11-03","areaId":"@area","principles":[1],"text":"t","authorRole":"school","pupilRef":"x"}""", "pupilRef")]
    public async Task A_bad_observation_names_the_field(string body, string field)
    {
        var json = body.Replace("@area", PilotIds.Osdorp.ToString(), StringComparison.Ordinal)
            .Replace("@cluster", (await Pilot.ReadAsync(platform.Admin())).Clusters["Osdorp cluster 1"].ToString(), StringComparison.Ordinal);

        var response = await platform.ClientAs("analyst").PostAsync(Base, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        await Figures.AssertFieldAsync(response, field);
    }

    [Fact]
    public async Task An_unknown_observation_is_not_found() =>
        await Figures.ProblemAsync(await platform.ClientAs("analyst").GetAsync($"{Base}/{Guid.NewGuid()}"), HttpStatusCode.NotFound);

    [Fact]
    public async Task A_school_does_not_post_observations() =>
        await Figures.ProblemAsync(
            await platform.ClientAs("school", schools: [Guid.NewGuid()]).PostAsJsonAsync(Base, new { on = "2025-11-03", areaId = PilotIds.Osdorp, principles = new[] { 1 }, text = "t", authorRole = "school" }),
            HttpStatusCode.Forbidden);
}
