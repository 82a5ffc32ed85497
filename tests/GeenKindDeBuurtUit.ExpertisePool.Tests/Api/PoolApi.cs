using static GeenKindDeBuurtUit.Testing.ProblemAssert;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Time;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.ExpertisePool.Tests.Api;

/// <summary>
/// The contract's expertise-pool calls. All tests share one database and matching looks at every
/// professional, so each test that matches owns one expertise in one area (see the test classes).
/// </summary>
internal sealed class PoolApi(HttpClient client)
{
    public const string Professionals = "/api/v1/professionals";
    public const string Requests = "/api/v1/expertise-requests";

    public HttpClient Client => client;

    /// <summary>Today in Amsterdam: the only date hours can be logged for on a request made during the test.</summary>
    public static DateOnly Today => SchoolCalendar.Today(TimeProvider.System);

    public static string Date(int days = 0) => Today.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Opens a case at a school and waits until the pool has learnt of it from the Support Cases module's event.</summary>
    public static async Task<Guid> OpenCaseAsync(PlatformFactory platform, Guid schoolId, string pupilRef)
    {
        var response = await platform.Admin().PostAsJsonAsync("/api/v1/support-cases", new { schoolId, pupilRef, needs = new[] { "language" }, level = 2 });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var caseId = Id(await BodyAsync(response));
        await Eventually.AssertAsync(
            async () => await platform.CountAsync($"select count(*) from expertise_pool_support_cases where CaseId = '{Sql(caseId)}'") == 1,
            "the pool learns of the new case");
        return caseId;
    }

    public static async Task<IReadOnlyList<(Guid Id, Guid AreaId, List<Guid> SchoolIds)>> ClustersAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonArray>("/api/v1/clusters"))!
            .Select(c => (c!["id"]!.GetValue<Guid>(), c["areaId"]!.GetValue<Guid>(), c["schoolIds"]!.AsArray().Select(s => s!.GetValue<Guid>()).ToList()))
            .ToList();

    /// <summary>The <paramref name="index"/>th cluster of an area, with its schools.</summary>
    public static async Task<(Guid Id, Guid AreaId, List<Guid> SchoolIds)> ClusterAsync(HttpClient client, Guid areaId, int index = 0) =>
        (await ClustersAsync(client)).Where(c => c.AreaId == areaId).OrderBy(c => c.Id).ElementAt(index);

    public async Task<Guid> RegisterAsync(string name, string expertise, Guid areaId, decimal hoursPerWeek = 20)
    {
        var response = await client.PostAsJsonAsync(Professionals, new { name, organisation = "SPO West", expertise = new[] { expertise }, areaIds = new[] { areaId }, hoursPerWeek });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return Id(await BodyAsync(response));
    }

    public async Task<JsonObject> RequestAsync(object body)
    {
        var response = await client.PostAsJsonAsync(Requests, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await BodyAsync(response);
    }

    public async Task<Guid> RequestForSchoolAsync(Guid schoolId, string expertise, decimal hours, string urgency = "normal") =>
        Id(await RequestAsync(new { schoolId, expertise, hours, urgency }));

    public Task<HttpResponseMessage> PostAsync(Guid requestId, string path, object? body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Requests}/{requestId}/{path}") { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    public async Task<JsonObject> OkAsync(Guid requestId, string path, object? body)
    {
        var response = await PostAsync(requestId, path, body);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await BodyAsync(response);
    }

    public async Task<JsonObject> AssignAsync(Guid requestId, Guid? professionalId = null) =>
        await OkAsync(requestId, "assignment", professionalId is null ? new { } : new { professionalId });

    public async Task<JsonObject> GetAsync(Guid requestId) => (await client.GetFromJsonAsync<JsonObject>($"{Requests}/{requestId}"))!;

    public async Task<IReadOnlyList<Guid>> ListIdsAsync(string url) =>
        (await client.GetFromJsonAsync<JsonObject>(url))!["items"]!.AsArray().Select(i => i!["id"]!.GetValue<Guid>()).ToList();

    public static Guid Id(JsonObject body) => body["id"]!.GetValue<Guid>();

    public static string Sql(Guid id) => id.ToString().ToUpperInvariant();
}

internal static class PlatformPool
{
    public static PoolApi Coordinator(this PlatformFactory platform) => new(platform.ClientAs("coordinator"));

    public static PoolApi School(this PlatformFactory platform, params Guid[] schools) => new(platform.ClientAs("school", schools: schools));
}
