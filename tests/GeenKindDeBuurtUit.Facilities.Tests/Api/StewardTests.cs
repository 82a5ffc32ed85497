using System.Net;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;

namespace GeenKindDeBuurtUit.Facilities.Tests.Api;

/// <summary>Only its steward, or a manager where the request allows, changes a facility; withdrawn and hidden ones leave the map.</summary>
[Collection(PlatformCollection.Name)]
public sealed class StewardTests(PlatformFactory platform)
{
    private readonly MapApi _map = new(platform);

    [Fact]
    public async Task The_steward_updates_its_facility_and_the_version_moves_on()
    {
        var steward = MapApi.Unique("partner-steward");
        var created = await _map.CreateAsync(MapApi.Body(steward));
        var id = MapApi.Id(created);
        var body = MapApi.Body(steward, MapApi.Sloterplas, b => b["name"] = "Buurtteam Osdorp-Midden");

        var updated = await MapApi.OkAsync(await MapApi.SendAsync(_map.Partner(steward), HttpMethod.Put, $"{MapApi.Facilities}/{id}", body, $"\"{created["version"]}\""));

        Assert.Equal("Buurtteam Osdorp-Midden", updated["name"]!.GetValue<string>());
        Assert.Equal(MapApi.Sloterplas.Lat, updated["location"]!["lat"]!.GetValue<double>());
        Assert.NotEqual(created["version"]!.GetValue<string>(), updated["version"]!.GetValue<string>());
    }

    [Fact]
    public async Task Another_partner_gets_403_and_changes_nothing()
    {
        var steward = MapApi.Unique("partner-steward");
        var id = await _map.CreateAsync(steward);
        var other = _map.Partner(MapApi.Unique("partner-other"));
        var before = await _map.GetAsync(id);

        await ProblemAssert.ProblemAsync(await MapApi.SendAsync(other, HttpMethod.Put, $"{MapApi.Facilities}/{id}", MapApi.Body(steward)), HttpStatusCode.Forbidden);
        await ProblemAssert.ProblemAsync(await MapApi.SendAsync(other, HttpMethod.Post, $"{MapApi.Facilities}/{id}/confirmation", new { }), HttpStatusCode.Forbidden);
        await ProblemAssert.ProblemAsync(
            await MapApi.SendAsync(other, HttpMethod.Post, $"{MapApi.Facilities}/{id}/withdrawal", new { on = Today(), reason = "not ours" }), HttpStatusCode.Forbidden);
        await ProblemAssert.ProblemAsync(await other.GetAsync($"{MapApi.Facilities}/{id}/history"), HttpStatusCode.Forbidden);

        Assert.Equal(before.ToJsonString(), (await _map.GetAsync(id)).ToJsonString());
    }

    [Theory]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Swv)]
    [InlineData(Roles.Coordinator)]
    public async Task Managers_update_any_facility(string role)
    {
        var id = await _map.CreateAsync(MapApi.Unique("partner-steward"));
        var body = MapApi.Body("partner-new-steward", change: b => b["offers"] = new JsonArray());

        var updated = await MapApi.OkAsync(await MapApi.SendAsync(_map.As(role), HttpMethod.Put, $"{MapApi.Facilities}/{id}", body));

        Assert.Equal("partner-new-steward", updated["stewardSub"]!.GetValue<string>());
        Assert.Empty(updated["offers"]!.AsArray());
    }

    [Theory]
    [InlineData(Roles.Swv)]
    [InlineData(Roles.Coordinator)]
    public async Task Only_the_steward_and_admin_confirm(string role)
    {
        var id = await _map.CreateAsync(MapApi.Unique("partner-steward"));
        await ProblemAssert.ProblemAsync(await MapApi.SendAsync(_map.As(role), HttpMethod.Post, $"{MapApi.Facilities}/{id}/confirmation", new { }), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_stale_If_Match_is_412_and_changes_nothing()
    {
        var steward = MapApi.Unique("partner-steward");
        var created = await _map.CreateAsync(MapApi.Body(steward));
        var id = MapApi.Id(created);
        var partner = _map.Partner(steward);
        await MapApi.OkAsync(await MapApi.SendAsync(partner, HttpMethod.Put, $"{MapApi.Facilities}/{id}", MapApi.Body(steward, MapApi.Dam)));

        var stale = await MapApi.SendAsync(partner, HttpMethod.Put, $"{MapApi.Facilities}/{id}", MapApi.Body(steward, MapApi.Centraal), $"\"{created["version"]}\"");

        await ProblemAssert.ProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        Assert.Equal(MapApi.Dam.Lat, (await _map.GetAsync(id))["location"]!["lat"]!.GetValue<double>());
    }

    [Fact]
    public async Task An_unknown_area_on_update_is_400_naming_areaId()
    {
        var steward = MapApi.Unique("partner-steward");
        var id = await _map.CreateAsync(steward);
        var body = MapApi.Body(steward, areaId: Guid.NewGuid());

        await ProblemAssert.AssertFieldAsync(await MapApi.SendAsync(_map.Partner(steward), HttpMethod.Put, $"{MapApi.Facilities}/{id}", body), "areaId");
    }

    [Fact]
    public async Task A_withdrawn_facility_leaves_the_map_changes_no_more_and_stays_readable_for_its_steward_and_admin()
    {
        var steward = MapApi.Unique("partner-steward");
        var id = await _map.CreateAsync(steward);
        var partner = _map.Partner(steward);

        var withdrawn = await MapApi.OkAsync(
            await MapApi.SendAsync(partner, HttpMethod.Post, $"{MapApi.Facilities}/{id}/withdrawal", new { on = Today(), reason = "The team moved to Nieuw-West." }));

        Assert.Equal("withdrawn", withdrawn["status"]!.GetValue<string>());
        Assert.Equal(Today(), withdrawn["withdrawnOn"]!.GetValue<string>());
        await ProblemAssert.ProblemAsync(await _map.As(Roles.School).GetAsync($"{MapApi.Facilities}/{id}"), HttpStatusCode.NotFound);
        await ProblemAssert.ProblemAsync(await _map.As(Roles.Swv).GetAsync($"{MapApi.Facilities}/{id}"), HttpStatusCode.NotFound);
        await ProblemAssert.ProblemAsync(await _map.Partner(MapApi.Unique("partner-other")).GetAsync($"{MapApi.Facilities}/{id}"), HttpStatusCode.NotFound);
        await _map.GetAsync(id, partner);
        await _map.GetAsync(id);
        Assert.DoesNotContain(id, (await _map.ListAsync("pageSize=200")).Select(MapApi.Id));
        Assert.Contains(id, (await _map.ListAsync("status=withdrawn&pageSize=200", partner)).Select(MapApi.Id));
        Assert.Contains(id, (await _map.ListAsync("status=withdrawn&pageSize=200")).Select(MapApi.Id));
        Assert.DoesNotContain(id, (await _map.ListAsync("status=withdrawn&pageSize=200", _map.As(Roles.Coordinator))).Select(MapApi.Id));
        Assert.All(await _map.ListAsync("status=withdrawn&pageSize=200", partner), f => Assert.Equal(steward, f!["stewardSub"]!.GetValue<string>()));

        await ProblemAssert.AssertRuleAsync(await MapApi.SendAsync(partner, HttpMethod.Put, $"{MapApi.Facilities}/{id}", MapApi.Body(steward)), "facility-withdrawn");
        await ProblemAssert.AssertRuleAsync(await MapApi.SendAsync(partner, HttpMethod.Post, $"{MapApi.Facilities}/{id}/confirmation", new { }), "facility-withdrawn");
        await ProblemAssert.AssertRuleAsync(
            await MapApi.SendAsync(partner, HttpMethod.Post, $"{MapApi.Facilities}/{id}/withdrawal", new { on = Today(), reason = "again" }), "facility-withdrawn");
    }

    [Theory]
    [InlineData("""{"on":"2999-01-01","reason":"later"}""", "on")]
    [InlineData("""{"on":"today","reason":"later"}""", "on")]
    [InlineData("""{"reason":"later"}""", "on")]
    [InlineData("""{"on":"2026-01-01"}""", "reason")]
    [InlineData("""{"on":"2026-01-01","reason":""}""", "reason")]
    [InlineData("""{"on":"2026-01-01","reason":"BSN 111222333"}""", "reason")]
    public async Task A_bad_withdrawal_names_its_field(string body, string field)
    {
        var id = await _map.CreateAsync(MapApi.Unique("partner-steward"));
        await ProblemAssert.AssertFieldAsync(
            await _map.Admin.PostAsync($"{MapApi.Facilities}/{id}/withdrawal", new StringContent(body, System.Text.Encoding.UTF8, "application/json")), field);
        Assert.Equal("active", (await _map.GetAsync(id))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_withdrawal_before_the_facility_came_on_the_map_is_422()
    {
        var id = await _map.CreateAsync(MapApi.Unique("partner-steward"));
        await ProblemAssert.AssertRuleAsync(
            await MapApi.SendAsync(_map.Admin, HttpMethod.Post, $"{MapApi.Facilities}/{id}/withdrawal", new { on = "2020-01-01", reason = "long gone" }),
            "withdrawal-before-creation");
    }

    [Fact]
    public async Task Changes_to_an_unknown_facility_are_404()
    {
        var path = $"{MapApi.Facilities}/{Guid.NewGuid()}";
        await ProblemAssert.ProblemAsync(await MapApi.SendAsync(_map.Admin, HttpMethod.Put, path, MapApi.Body("partner-x")), HttpStatusCode.NotFound);
        await ProblemAssert.ProblemAsync(await MapApi.SendAsync(_map.Admin, HttpMethod.Post, $"{path}/confirmation", new { }), HttpStatusCode.NotFound);
        await ProblemAssert.ProblemAsync(await MapApi.SendAsync(_map.Admin, HttpMethod.Post, $"{path}/withdrawal", new { on = Today(), reason = "x" }), HttpStatusCode.NotFound);
        await ProblemAssert.ProblemAsync(await MapApi.SendAsync(_map.Admin, HttpMethod.Post, $"{path}/reports", new { kind = "closed", note = "x" }), HttpStatusCode.NotFound);
        await ProblemAssert.ProblemAsync(await _map.Admin.GetAsync($"{path}/history"), HttpStatusCode.NotFound);
    }

    private static string Today() => GeenKindDeBuurtUit.BuildingBlocks.Application.Time.SchoolCalendar.Today(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
