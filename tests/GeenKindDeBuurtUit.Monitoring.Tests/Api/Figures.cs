using System.Net;
using System.Text.Json.Nodes;

namespace GeenKindDeBuurtUit.Monitoring.Tests.Api;

/// <summary>Reading monitoring as an analyst's script does.</summary>
internal static class Figures
{
    public static async Task<JsonObject> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync($"/api/v1/monitoring/{path}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    public static JsonObject Row(JsonObject answer, Guid id) =>
        answer["rows"]!.AsArray().Select(r => r!.AsObject()).Single(r => r["id"]!.GetValue<Guid>() == id);

    public static int? Count(JsonObject row, string field) => row[field]?.GetValue<int>();

    /// <summary>Events reach monitoring through the outbox a moment after each call: wait until the figure shows.</summary>
    public static async Task<JsonObject> UntilAsync(HttpClient client, string path, Func<JsonObject, bool> shows, string because)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var answer = await GetAsync(client, path);
            if (shows(answer))
            {
                return answer;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Not shown in time: {because}; last answer: {answer.ToJsonString()}");
            await Task.Delay(100);
        }
    }

    public static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(text)!.AsObject();
    }

    public static async Task AssertFieldAsync(HttpResponseMessage response, string field)
    {
        var errors = (await ProblemAsync(response, HttpStatusCode.BadRequest))["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field), $"no error for '{field}' in {errors.ToJsonString()}");
    }
}
