using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;

namespace GeenKindDeBuurtUit.Pages.Tests;

/// <summary>
/// What the map page is to show, arranged through the API as an administrator: facilities, and a school's real
/// point in place of its provisional one.
/// </summary>
internal sealed class MapArrange(PagesHost host)
{
    private readonly HttpClient _admin = host.Api(Roles.Admin);

    public async Task<Guid> FacilityAsync(string name, string kind, Guid areaId, double lat, double lon, string[] offers, int? ageFrom = null, int? ageTo = null)
    {
        var response = await _admin.PostAsJsonAsync("/api/v1/facilities", new
        {
            name,
            kind,
            address = $"{name}straat 1, Amsterdam",
            location = new { lat, lon },
            areaId,
            offers,
            ageFrom,
            ageTo,
            contact = new { url = "https://voorzieningen.example.nl" },
            stewardSub = "partner-kaart",
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
    }

    /// <summary>The area's school of this index by id, with its name.</summary>
    public async Task<(Guid Id, string Name)> SchoolOfAsync(Guid areaId, int index)
    {
        var schools = await _admin.GetFromJsonAsync<JsonArray>("/api/v1/schools");
        var school = schools!.Select(s => s!.AsObject()).Where(s => s["areaId"]!.GetValue<Guid>() == areaId).OrderBy(s => s["id"]!.GetValue<Guid>()).ElementAt(index);
        return (school["id"]!.GetValue<Guid>(), school["name"]!.GetValue<string>());
    }

    /// <summary>Sets the school's real point, with the version just read.</summary>
    public async Task LocateAsync(Guid schoolId, double lat, double lon)
    {
        var current = await _admin.GetAsync($"/api/v1/schools/{schoolId}");
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/schools/{schoolId}/location") { Content = JsonContent.Create(new { lat, lon }) };
        put.Headers.IfMatch.Add(current.Headers.ETag!);
        var response = await _admin.SendAsync(put);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
