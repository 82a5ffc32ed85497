using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Modules;
using GeenKindDeBuurtUit.Neighbourhoods.Domain;
using GeenKindDeBuurtUit.Neighbourhoods.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Neighbourhoods.Infrastructure.Pilot;
using GeenKindDeBuurtUit.Platform.Geography;
using GeenKindDeBuurtUit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.Neighbourhoods.Tests;

/// <summary>
/// A school's point on the map (ADR 0061): the pilot's schools stand at placeholders inside their
/// area until an admin sets the real point with <c>PUT /schools/{id}/location</c>; every point set
/// is announced with SchoolLocated in the same transaction.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class SchoolLocationTests(PlatformFactory platform)
{
    private static readonly Dictionary<Guid, GeoPoint> Centres = new()
    {
        [PilotIds.Osdorp] = new(52.3585, 4.7990),
        [PilotIds.BosEnLommer] = new(52.3790, 4.8470),
    };

    [Fact]
    public async Task The_pilots_schools_stand_at_distinct_placeholders_inside_their_area_each_announced()
    {
        var schools = (await platform.Admin().GetFromJsonAsync<JsonArray>("/api/v1/schools"))!
            .Select(s => s!.AsObject()).Where(s => Centres.ContainsKey(AreaOf(s)) && IsPlaceholder(s)).ToList();

        Assert.True(schools.Count >= 17, $"the 17 pilot schools have placeholders, found {schools.Count}");
        foreach (var school in schools)
        {
            var metres = PointOf(school).MetresTo(Centres[AreaOf(school)]);
            Assert.True(metres <= PlaceholderPoints.MaxMetresFromCentre + 1, $"{school["name"]} stands {metres:0} m from its area's centre");
            Assert.True(await LocatedEventsAsync(IdOf(school), placeholder: true) >= 1, $"{school["name"]}'s placeholder was announced");
        }

        var points = schools.Select(PointOf).ToList();
        var closest = points.SelectMany((p, i) => points.Skip(i + 1).Select(q => p.MetresTo(q))).Min();
        Assert.True(closest > 20, $"two placeholders stand {closest:0} m apart");
    }

    [Fact]
    public async Task An_admin_sets_the_real_point_it_is_no_longer_a_placeholder_and_is_announced()
    {
        var admin = platform.Admin();
        var school = await RegisterAsync(PilotIds.Osdorp);
        var read = await admin.GetAsync($"/api/v1/schools/{school}");

        var response = await admin.SendAsync(Locate(school, new { lat = 52.3601, lon = 4.8012 }, read.Headers.ETag!.Tag));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(new GeoPoint(52.3601, 4.8012), PointOf(body));
        Assert.False(IsPlaceholder(body));
        Assert.Equal($"\"{body["version"]!.GetValue<string>()}\"", response.Headers.ETag!.Tag);
        Assert.NotEqual(read.Headers.ETag, response.Headers.ETag);
        var again = (await admin.GetFromJsonAsync<JsonObject>($"/api/v1/schools/{school}"))!;
        Assert.Equal(new GeoPoint(52.3601, 4.8012), PointOf(again));
        Assert.False(IsPlaceholder(again));
        Assert.Equal(1, await LocatedEventsAsync(school, placeholder: false));
        await Eventually.AssertAsync(
            async () => (await admin.GetFromJsonAsync<JsonObject>($"/api/v1/audit?objectId={school}&pageSize=200"))!["items"]!.AsArray()
                .Any(r => r!["objectType"]!.GetValue<string>() == "school" && r["action"]!.GetValue<string>() == "LocateSchool"),
            "the audit trail records who set the point");
    }

    [Theory]
    [InlineData(40.0, 4.8, "lat")]
    [InlineData(52.36, 14.8, "lon")]
    [InlineData(4.8, 52.36, "lat")]
    public async Task A_point_outside_the_Netherlands_is_refused_naming_the_member_and_changes_nothing(double lat, double lon, string member)
    {
        var school = await RegisterAsync(PilotIds.Osdorp);
        var before = (await platform.Admin().GetFromJsonAsync<JsonObject>($"/api/v1/schools/{school}"))!;

        var fields = await ProblemAssert.AssertFieldAsync(await platform.Admin().SendAsync(Locate(school, new { lat, lon })), member);

        Assert.NotEmpty(fields);
        Assert.Equal(before.ToJsonString(), (await platform.Admin().GetFromJsonAsync<JsonObject>($"/api/v1/schools/{school}"))!.ToJsonString());
        Assert.Equal(0, await LocatedEventsAsync(school, placeholder: false));
    }

    [Theory]
    [InlineData("lat")]
    [InlineData("lon")]
    public async Task A_missing_coordinate_is_refused_naming_it(string missing)
    {
        var school = await RegisterAsync(PilotIds.Osdorp);
        object body = missing == "lat" ? new { lon = 4.8 } : new { lat = 52.36 };

        await ProblemAssert.AssertFieldAsync(await platform.Admin().SendAsync(Locate(school, body)), missing);
    }

    [Fact]
    public async Task An_unknown_school_is_not_found_a_stale_If_Match_is_412_and_only_the_admin_may_set_a_point()
    {
        var school = await RegisterAsync(PilotIds.BosEnLommer);
        var point = new { lat = 52.38, lon = 4.85 };

        Assert.Equal(HttpStatusCode.NotFound, (await platform.Admin().SendAsync(Locate(Guid.NewGuid(), point))).StatusCode);
        await ProblemAssert.ProblemAsync(await platform.Admin().SendAsync(Locate(school, point, "\"999\"")), HttpStatusCode.PreconditionFailed);
        foreach (var role in new[] { Roles.Swv, Roles.School, Roles.Partner, Roles.Coordinator })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await platform.ClientAs(role).SendAsync(Locate(school, point))).StatusCode);
        }

        var now = (await platform.Admin().GetFromJsonAsync<JsonObject>($"/api/v1/schools/{school}"))!;
        Assert.True(IsPlaceholder(now));
        Assert.Equal(0, await LocatedEventsAsync(school, placeholder: false));
    }

    [Fact]
    public async Task A_school_registered_in_a_pilot_area_gets_the_next_placeholder_and_one_in_an_area_without_a_centre_none()
    {
        var admin = platform.Admin();
        var inPilot = (await admin.GetFromJsonAsync<JsonObject>($"/api/v1/schools/{await RegisterAsync(PilotIds.BosEnLommer)}"))!;
        // Eight hex characters, as every other test's names: fifteen could hold nine digits that pass as a BSN, and the name would be refused.
        var created = await admin.PostAsJsonAsync("/api/v1/areas", new { name = $"Area {Guid.NewGuid():N}"[..13] });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var area = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        var elsewhere = (await admin.GetFromJsonAsync<JsonObject>($"/api/v1/schools/{await RegisterAsync(IdOf(area))}"))!;

        Assert.True(IsPlaceholder(inPilot));
        Assert.True(PointOf(inPilot).MetresTo(Centres[PilotIds.BosEnLommer]) <= PlaceholderPoints.MaxMetresFromCentre + 1);
        Assert.Equal(1, await LocatedEventsAsync(IdOf(inPilot), placeholder: true));
        Assert.Null(elsewhere["location"]);
        Assert.False(IsPlaceholder(elsewhere));
        Assert.Equal(0, await LocatedEventsAsync(IdOf(elsewhere), placeholder: true));
    }

    [Fact]
    public async Task A_start_on_a_database_seeded_before_locations_gives_each_pilot_school_without_a_point_its_placeholder()
    {
        var school = await RegisterAsync(PilotIds.Osdorp);
        using (var scope = platform.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NeighbourhoodsDbContext>();
            await db.Schools.Where(s => s.Id == school)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Latitude, (double?)null).SetProperty(x => x.Longitude, (double?)null).SetProperty(x => x.LocationIsPlaceholder, false));
        }

        Assert.Null((await platform.Admin().GetFromJsonAsync<JsonObject>($"/api/v1/schools/{school}"))!["location"]);
        using (var scope = platform.Services.CreateScope())
        {
            await scope.ServiceProvider.GetServices<IModuleStartupTask>().OfType<PilotSeeder>().Single().RunAsync(CancellationToken.None);
        }

        var now = (await platform.Admin().GetFromJsonAsync<JsonObject>($"/api/v1/schools/{school}"))!;
        Assert.True(IsPlaceholder(now));
        Assert.True(PointOf(now).MetresTo(Centres[PilotIds.Osdorp]) <= PlaceholderPoints.MaxMetresFromCentre + 1);
        Assert.Equal(2, await LocatedEventsAsync(school, placeholder: true));
        var others = (await platform.Admin().GetFromJsonAsync<JsonArray>("/api/v1/schools"))!
            .Select(s => s!.AsObject()).Where(s => AreaOf(s) == PilotIds.Osdorp && IdOf(s) != school && s["location"] is not null);
        Assert.DoesNotContain(others, s => PointOf(s) == PointOf(now));
    }

    private static HttpRequestMessage Locate(Guid school, object body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/schools/{school}/location") { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }

    private async Task<Guid> RegisterAsync(Guid areaId)
    {
        var admin = platform.Admin();
        var cluster = await admin.PostAsJsonAsync("/api/v1/clusters", new { name = $"Cluster {Guid.NewGuid().ToString("N")[..8]}", areaId });
        Assert.Equal(HttpStatusCode.Created, cluster.StatusCode);
        var board = (await admin.GetFromJsonAsync<JsonArray>("/api/v1/boards"))![0]!["id"]!.GetValue<Guid>();
        var school = await admin.PostAsJsonAsync(
            "/api/v1/schools", new { name = $"School {Guid.NewGuid().ToString("N")[..8]}", boardId = board, clusterId = IdOf((await cluster.Content.ReadFromJsonAsync<JsonObject>())!) });
        Assert.Equal(HttpStatusCode.Created, school.StatusCode);
        return IdOf((await school.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    private Task<long> LocatedEventsAsync(Guid school, bool placeholder) =>
        platform.CountAsync(
            "select count(*) from neighbourhoods_outbox_messages where Type like '%SchoolLocatedIntegrationEvent%' "
            + $"and Payload like '%\"schoolId\":\"{school}\"%' and Payload like '%\"isPlaceholder\":{(placeholder ? "true" : "false")}%'");

    private static Guid IdOf(JsonObject resource) => resource["id"]!.GetValue<Guid>();

    private static Guid AreaOf(JsonObject school) => school["areaId"]!.GetValue<Guid>();

    private static bool IsPlaceholder(JsonObject school) => school["locationIsPlaceholder"]!.GetValue<bool>();

    private static GeoPoint PointOf(JsonObject school) => new(school["location"]!["lat"]!.GetValue<double>(), school["location"]!["lon"]!.GetValue<double>());
}
