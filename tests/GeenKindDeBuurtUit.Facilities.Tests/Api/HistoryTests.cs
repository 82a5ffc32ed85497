using System.Net;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;

namespace GeenKindDeBuurtUit.Facilities.Tests.Api;

/// <summary>Every change keeps who, when and what: field names, and old and new values where the field is not free text.</summary>
[Collection(PlatformCollection.Name)]
public sealed class HistoryTests(PlatformFactory platform)
{
    private readonly MapApi _map = new(platform);

    [Fact]
    public async Task Every_change_is_listed_oldest_first_with_who_and_what()
    {
        var steward = MapApi.Unique("partner-history");
        var id = await _map.CreateAsync(steward);
        var partner = _map.Partner(steward);
        await MapApi.OkAsync(await MapApi.SendAsync(partner, HttpMethod.Put, $"{MapApi.Facilities}/{id}",
            MapApi.Body(steward, MapApi.Dam, b =>
            {
                b["name"] = "Bibliotheek Osdorp";
                b["description"] = "Een andere tekst.";
                b["ageTo"] = 10;
            })));
        var school = (await _map.SchoolsAsync(PilotIds.Osdorp))[0];
        await MapApi.SendAsync(_map.As(Roles.School, "school-reporter", school), HttpMethod.Post, $"{MapApi.Facilities}/{id}/reports", new { kind = "moved", note = "It moved to the library." });
        await MapApi.OkAsync(await MapApi.SendAsync(partner, HttpMethod.Post, $"{MapApi.Facilities}/{id}/confirmation", new { }));

        var history = await MapApi.OkAsync(await partner.GetAsync($"{MapApi.Facilities}/{id}/history"));
        var entries = history["items"]!.AsArray();

        Assert.Equal(4, history["total"]!.GetValue<int>());
        Assert.Equal(["created", "updated", "reported", "confirmed"], entries.Select(e => e!["action"]!.GetValue<string>()));
        Assert.Equal(["admin", steward, "school-reporter", steward], entries.Select(e => By(e!)));
        var update = Changes(entries[1]!);
        Assert.Equal(("Buurtteam", "Bibliotheek Osdorp"), (update["name"].From![..9], update["name"].To));
        Assert.Equal(("12", "10"), (update["ageTo"].From, update["ageTo"].To));
        Assert.Equal(("52.3583", "52.3731"), (update["location.lat"].From, update["location.lat"].To));
        // Free text: named, never repeated.
        Assert.Equal((null, null), (update["description"].From, update["description"].To));
        Assert.DoesNotContain("address", update.Keys);
        Assert.Equal((null, null), (Changes(entries[2]!)["note"].From, Changes(entries[2]!)["note"].To));
        Assert.Equal("moved", Changes(entries[2]!)["kind"].To);
        Assert.Equal(("1", "0"), (Changes(entries[3]!)["openReports"].From, Changes(entries[3]!)["openReports"].To));
        Assert.DoesNotContain("It moved", history.ToJsonString(), StringComparison.Ordinal);
        Assert.All(entries, e => Assert.True(e!["at"]!.GetValue<DateTimeOffset>() > DateTimeOffset.UtcNow.AddMinutes(-5)));
    }

    [Theory]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Swv)]
    [InlineData(Roles.Coordinator)]
    public async Task Managers_read_every_history(string role)
    {
        var id = await _map.CreateAsync(MapApi.Unique("partner-history"));
        var history = await MapApi.OkAsync(await _map.As(role).GetAsync($"{MapApi.Facilities}/{id}/history"));
        Assert.Equal("created", history["items"]![0]!["action"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(Roles.School)]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.Treasurer)]
    public async Task Other_roles_get_403(string role)
    {
        var id = await _map.CreateAsync(MapApi.Unique("partner-history"));
        await ProblemAssert.ProblemAsync(await _map.As(role).GetAsync($"{MapApi.Facilities}/{id}/history"), HttpStatusCode.Forbidden);
    }

    private static string By(JsonNode entry)
    {
        var by = entry["by"]!.GetValue<string>();
        return by.StartsWith("test-", StringComparison.Ordinal) ? "admin" : by;
    }

    private static Dictionary<string, (string? From, string? To)> Changes(JsonNode entry) =>
        entry["changes"]!.AsArray().ToDictionary(c => c!["field"]!.GetValue<string>(), c => (c!["from"]?.GetValue<string>(), c!["to"]?.GetValue<string>()));
}
