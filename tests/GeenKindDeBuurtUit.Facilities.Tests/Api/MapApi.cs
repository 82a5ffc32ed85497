using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.Neighbourhoods.IntegrationEvents;
using GeenKindDeBuurtUit.Facilities.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Facilities.Infrastructure.SchoolMap;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.Facilities.Tests.Api;

/// <summary>The contract's facilities calls, and the school points "near" measures from.</summary>
internal sealed class MapApi(PlatformFactory platform)
{
    public const string Facilities = "/api/v1/facilities";

    // Real Amsterdam points: Osdorpplein, the Sloterplas, the Dam, Amsterdam Centraal.
    public static readonly (double Lat, double Lon) Osdorpplein = (52.358300, 4.798800);
    public static readonly (double Lat, double Lon) Sloterplas = (52.364400, 4.822200);
    public static readonly (double Lat, double Lon) Dam = (52.373100, 4.892600);
    public static readonly (double Lat, double Lon) Centraal = (52.378900, 4.900500);

    private static int _counter;

    public PlatformFactory Platform => platform;

    public HttpClient Admin => platform.Admin();

    public HttpClient As(string role, string? sub = null, params Guid[] schools)
    {
        var client = platform.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", platform.Tokens.Create([role], schools, subject: sub));
        return client;
    }

    public HttpClient Partner(string sub) => As(Roles.Partner, sub);

    public static string Unique(string prefix) => $"{prefix}-{Interlocked.Increment(ref _counter)}";

    /// <summary>A valid create body; <paramref name="change"/> edits it as JSON.</summary>
    public static JsonObject Body(string steward, (double Lat, double Lon)? at = null, Action<JsonObject>? change = null, Guid? areaId = null)
    {
        var point = at ?? Osdorpplein;
        var body = new JsonObject
        {
            ["name"] = Unique("Buurtteam Osdorp"),
            ["kind"] = "buurtteam",
            ["description"] = "Vragen over geld, wonen en opvoeden.",
            ["address"] = "Osdorpplein 1, 1068 Amsterdam",
            ["location"] = new JsonObject { ["lat"] = point.Lat, ["lon"] = point.Lon },
            ["areaId"] = (areaId ?? PilotIds.Osdorp).ToString(),
            ["offers"] = new JsonArray("behaviour", "language"),
            ["ageFrom"] = 4,
            ["ageTo"] = 12,
            ["contact"] = new JsonObject { ["url"] = "https://buurtteam.example.org", ["phone"] = "+31 20 555 0101", ["email"] = "osdorp@example.org" },
            ["stewardSub"] = steward,
        };
        change?.Invoke(body);
        return body;
    }

    public async Task<JsonObject> CreateAsync(JsonObject body)
    {
        var response = await Admin.PostAsJsonAsync(Facilities, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await ProblemAssert.BodyAsync(response);
    }

    public async Task<Guid> CreateAsync(string steward, (double Lat, double Lon)? at = null, Action<JsonObject>? change = null) =>
        Id(await CreateAsync(Body(steward, at, change)));

    public static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, object? body = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    public static async Task<JsonObject> OkAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await ProblemAssert.BodyAsync(response);
    }

    public async Task<JsonObject> GetAsync(Guid id, HttpClient? client = null) => await OkAsync(await (client ?? Admin).GetAsync($"{Facilities}/{id}"));

    public async Task<JsonArray> ListAsync(string query, HttpClient? client = null) =>
        (await OkAsync(await (client ?? Admin).GetAsync($"{Facilities}?{query}")))["items"]!.AsArray();

    public static Guid Id(JsonNode? body) => body!["id"]!.GetValue<Guid>();

    /// <summary>The pilot's schools of an area, by id.</summary>
    public async Task<List<Guid>> SchoolsAsync(Guid areaId) =>
        (await Admin.GetFromJsonAsync<JsonArray>("/api/v1/schools"))!
            .Where(s => s!["areaId"]!.GetValue<Guid>() == areaId).Select(s => s!["id"]!.GetValue<Guid>()).OrderBy(id => id).ToList();

    /// <summary>
    /// Gives a school its point as the Neighbourhoods module announces it, handed to this module's
    /// handler as the relay hands it (the other modules' handlers are not this test's business).
    /// </summary>
    public async Task LocateAsync(Guid schoolId, Guid areaId, (double Lat, double Lon) at)
    {
        using (var scope = platform.Services.CreateScope())
        {
            var located = new SchoolLocatedIntegrationEvent(schoolId, areaId, at.Lat, at.Lon, IsPlaceholder: false) { OccurredAt = DateTimeOffset.UtcNow };
            await new SchoolLocatedHandler(scope.ServiceProvider.GetRequiredService<FacilitiesDbContext>()).Handle(located, CancellationToken.None);
        }

        await Eventually.AssertAsync(
            async () => await platform.CountAsync($"select count(*) from facilities_schools where SchoolId = '{Sql(schoolId)}' and Latitude is not null") == 1,
            "the school's point reaches the Facilities module");
    }

    /// <summary>A school this module hears of without a point: registered, never located.</summary>
    public async Task<Guid> RegisterUnlocatedSchoolAsync(Guid areaId)
    {
        var schoolId = Guid.NewGuid();
        using (var scope = platform.Services.CreateScope())
        {
            var registered = new SchoolRegisteredIntegrationEvent(schoolId, Unique("Unlocated school"), null, Guid.NewGuid(), Guid.NewGuid(), areaId, "Cluster", "Area")
            {
                OccurredAt = DateTimeOffset.UtcNow,
            };
            await new SchoolRegisteredHandler(scope.ServiceProvider.GetRequiredService<FacilitiesDbContext>()).Handle(registered, CancellationToken.None);
        }

        await Eventually.AssertAsync(
            async () => await platform.CountAsync($"select count(*) from facilities_schools where SchoolId = '{Sql(schoolId)}'") == 1,
            "the school reaches the Facilities module");
        return schoolId;
    }

    public static string Sql(Guid id) => id.ToString().ToUpperInvariant();
}
