using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.Monitoring.Tests.Api;

/// <summary>
/// The support pyramid in 2015-2016 at Globe (Osdorp cluster 2), the school year only this class
/// uses; its cases close after the year, so no other year sees them open.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class SupportFiguresTests(PlatformFactory platform) : IAsyncLifetime
{
    private const string Year = "support?schoolYear=2015-2016";
    private Pilot _pilot = null!;

    private Guid Globe => _pilot.Schools["Globe"];

    public async Task InitializeAsync()
    {
        _pilot = await Pilot.ReadAsync(platform.Admin());
        if (Figures.Count(Figures.Row(await Figures.GetAsync(platform.Admin(), $"{Year}&groupBy=area"), _pilot.Areas["Osdorp"]), "openCases") > 0)
        {
            return;
        }

        var swv = platform.ClientAs("swv");
        var cases = new Cases(swv);
        var upAndDown = await cases.AtLevelFiveAsync(Globe, "2015-09-01");
        await cases.OkAsync(upAndDown, "level", new { level = 3, reason = "going well", on = "2016-01-10" });
        var basic = await cases.OpenAsync(Globe, "2015-09-01", level: 1);
        var raised = await cases.OpenAsync(Globe, "2015-09-01", level: 3);
        await cases.OkAsync(raised, "involvements", new { party = "parents", on = "2015-10-01" });
        await cases.OkAsync(raised, "opp", new { establishedOn = "2015-11-01" });
        await cases.OkAsync(raised, "level", new { level = 4, reason = "outside expertise", on = "2015-12-01" });
        var closedEarly = await cases.OpenAsync(Globe, "2015-09-01");
        await cases.CloseAsync(closedEarly, "2016-03-01");
        foreach (var id in new[] { upAndDown, basic, raised })
        {
            await cases.CloseAsync(id, "2016-08-01");
        }

        var approach = await swv.PostAsJsonAsync("/api/v1/collective-approaches", new
        {
            name = "Start class", needs = new[] { "early-childhood" }, level = "cluster", targetId = _pilot.Clusters["Osdorp cluster 2"],
            schoolIds = new[] { Globe, _pilot.Schools["Ichtusschool"] }, startsOn = "2015-09-01", endsOn = "2016-07-01", expectedChildren = 12,
        });
        Assert.True(approach.IsSuccessStatusCode, await approach.Content.ReadAsStringAsync());
        await Figures.UntilAsync(platform.Admin(), $"{Year}&groupBy=school", a =>
            Figures.Count(Figures.Row(a, Globe), "openCases") == 3 && Figures.Count(Figures.Row(a, Globe), "levelChangesDown") == 1
            && Figures.Row(a, Globe)["collectiveApproaches"]!.GetValue<int>() == 1, "the cases and the approach reach monitoring");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Open_cases_per_level_on_the_last_day_of_the_year_with_opps_and_level_changes()
    {
        var answer = await Figures.GetAsync(platform.ClientAs("swv"), $"{Year}&groupBy=school");

        Assert.Equal("2016-07-31", answer["asOf"]!.GetValue<string>());
        var globe = Figures.Row(answer, Globe);
        Assert.Equal(
            """{"openCases":3,"level1":1,"level2":0,"level3":1,"level4":1,"level5":0,"beyondBasic":1,"beyondBasicWithOpp":1,"beyondBasicWithoutOpp":0,"levelChangesUp":3,"levelChangesDown":1,"collectiveApproaches":1,"suppressed":false}""",
            Counts(globe));
        Assert.Equal(1, Figures.Row(answer, _pilot.Schools["Ichtusschool"])["collectiveApproaches"]!.GetValue<int>());
        Assert.Equal(0, Figures.Row(answer, _pilot.Schools["Johannesschool"])["collectiveApproaches"]!.GetValue<int>());
    }

    [Fact]
    public async Task Clusters_and_areas_add_up_their_schools_and_count_an_approach_once()
    {
        var swv = platform.ClientAs("swv");

        var cluster = Figures.Row(await Figures.GetAsync(swv, $"{Year}&groupBy=cluster"), _pilot.Clusters["Osdorp cluster 2"]);
        var area = Figures.Row(await Figures.GetAsync(swv, $"{Year}&groupBy=area"), _pilot.Areas["Osdorp"]);

        Assert.Equal(Counts(Figures.Row(await Figures.GetAsync(swv, $"{Year}&groupBy=school"), Globe)), Counts(cluster));
        Assert.Equal(Counts(cluster), Counts(area));
    }

    [Fact]
    public async Task An_analyst_sees_the_area_but_no_small_count_of_a_school_or_cluster()
    {
        var analyst = platform.ClientAs("analyst");

        var schools = await Figures.GetAsync(analyst, $"{Year}&groupBy=school");
        var clusters = await Figures.GetAsync(analyst, $"{Year}&groupBy=cluster");
        var area = Figures.Row(await Figures.GetAsync(analyst, $"{Year}&groupBy=area"), _pilot.Areas["Osdorp"]);

        Assert.True(Figures.Row(schools, Globe)["suppressed"]!.GetValue<bool>());
        Assert.Null(Figures.Row(schools, Globe)["openCases"]);
        Assert.True(Figures.Row(clusters, _pilot.Clusters["Osdorp cluster 2"])["suppressed"]!.GetValue<bool>());
        foreach (var row in schools["rows"]!.AsArray().Concat(clusters["rows"]!.AsArray()).Select(r => r!.AsObject()))
        {
            Assert.DoesNotContain(row, field => field.Key != "collectiveApproaches" && field.Value is JsonValue v && v.TryGetValue<int>(out var n) && n is >= 1 and <= 4);
        }

        Assert.Equal(3, Figures.Count(area, "openCases"));
        Assert.False(area["suppressed"]!.GetValue<bool>());
    }

    private static string Counts(JsonObject row)
    {
        var counts = row.DeepClone().AsObject();
        counts.Remove("id");
        counts.Remove("name");
        return counts.ToJsonString();
    }
}
