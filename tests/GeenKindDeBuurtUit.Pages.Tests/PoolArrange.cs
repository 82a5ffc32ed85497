using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;

namespace GeenKindDeBuurtUit.Pages.Tests;

/// <summary>
/// What the coordinator's page is to show, arranged through the API. The pool's tests share one database
/// and matching looks at every professional, so each test owns one expertise in one area.
/// </summary>
internal sealed class PoolArrange(PagesHost host)
{
    public const string Requests = "/api/v1/expertise-requests";

    private readonly HttpClient _coordinator = host.Api(Roles.Coordinator);

    public async Task<(Guid Id, string Name)> ProfessionalAsync(string name, string expertise, Guid areaId, decimal hoursPerWeek)
    {
        var response = await _coordinator.PostAsJsonAsync("/api/v1/professionals", new { name, organisation = "Expertisecentrum West", expertise = new[] { expertise }, areaIds = new[] { areaId }, hoursPerWeek });
        return ((await CreatedAsync(response))["id"]!.GetValue<Guid>(), name);
    }

    public async Task<Guid> SchoolOfAsync(Guid areaId, int index = 0)
    {
        var schools = await _coordinator.GetFromJsonAsync<JsonArray>("/api/v1/schools");
        return schools!.Where(s => s!["areaId"]!.GetValue<Guid>() == areaId).Select(s => s!["id"]!.GetValue<Guid>()).Order().ElementAt(index);
    }

    public async Task<Guid> RequestAsync(Guid schoolId, string expertise, decimal hours, string urgency = "normal") =>
        (await CreatedAsync(await _coordinator.PostAsJsonAsync(Requests, new { schoolId, expertise, hours, urgency })))["id"]!.GetValue<Guid>();

    public async Task<JsonObject> GetAsync(Guid requestId) => (await _coordinator.GetFromJsonAsync<JsonObject>($"{Requests}/{requestId}"))!;

    /// <summary>The API's waiting list, every page of it, as ids in its order.</summary>
    public async Task<IReadOnlyList<Guid>> WaitingAsync()
    {
        var body = await _coordinator.GetFromJsonAsync<JsonObject>($"{Requests}/waiting?pageSize=200");
        return body!["items"]!.AsArray().Select(i => i!["id"]!.GetValue<Guid>()).ToList();
    }

    public async Task AssignAsync(Guid requestId, Guid professionalId)
    {
        var response = await _coordinator.PostAsJsonAsync($"{Requests}/{requestId}/assignment", new { professionalId });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<JsonObject> CreatedAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
