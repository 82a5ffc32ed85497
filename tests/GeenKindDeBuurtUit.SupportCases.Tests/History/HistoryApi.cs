using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.SupportCases.Tests.History;

/// <summary>The history imports as the SWV makes them, and what the module stored and published.</summary>
internal sealed class HistoryApi(PlatformFactory platform, HttpClient? client = null)
{
    public const string Referrals = "/api/v1/referral-history";
    public const string Thuiszitters = "/api/v1/thuiszitter-history";

    public HttpClient Client { get; } = client ?? platform.ClientAs("swv");

    public async Task<IReadOnlyList<(Guid School, Guid Area)>> SchoolsAsync() =>
        (await Api.CaseApi.SchoolsAsync(platform.Admin())).Select(s => (s["id"]!.GetValue<Guid>(), s["areaId"]!.GetValue<Guid>())).ToList();

    public Task<HttpResponseMessage> PutAsync(string resource, string year, object body, string query = "", string? ifMatch = null) =>
        SendAsync(resource, year, JsonContent.Create(body), query, ifMatch);

    public Task<HttpResponseMessage> PutCsvAsync(string resource, string year, string csv, string query = "") =>
        SendAsync(resource, year, new StringContent(csv, Encoding.UTF8, "text/csv"), query, null);

    public static object Row(Guid schoolId, int sbo = 1, int soLow = 0, int soMedium = 0, int soHigh = 0) => new { schoolId, sbo, soLow, soMedium, soHigh };

    public static async Task<JsonObject> OkAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>The module's outbox rows of an event type for a year.</summary>
    public async Task<IReadOnlyList<JsonObject>> EventsAsync(string type, string year)
    {
        var rows = new List<JsonObject>();
        var count = await platform.CountAsync(Events(type, year, "count(*)"));
        for (var i = 0; i < count; i++)
        {
            var payload = await platform.ScalarTextAsync(Events(type, year, "Payload") + $" order by Payload limit 1 offset {i}");
            rows.Add(JsonNode.Parse(payload)!.AsObject());
        }

        return rows;
    }

    public Task<long> StoredAsync(string table, int startYear) =>
        platform.CountAsync($"select count(*) from support_cases_{table} where SchoolYearStart = {startYear}");

    /// <summary>Delivers a Monitoring event to this module's handlers, as the relay would.</summary>
    public async Task DeliverAsync(IntegrationEvent integrationEvent)
    {
        using var scope = platform.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IPublisher>().Publish(integrationEvent);
    }

    private static string Events(string type, string year, string what) =>
        $"select {what} from support_cases_outbox_messages where Type like '%.{type}IntegrationEvent,%' and Payload like '%\"schoolYear\":\"{year}\"%'";

    private Task<HttpResponseMessage> SendAsync(string resource, string year, HttpContent content, string query, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"{resource}/{year}{query}") { Content = content };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return Client.SendAsync(request);
    }
}
