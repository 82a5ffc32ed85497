using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GeenKindDeBuurtUit.Benchmarks.Seeding;

/// <summary>A bearer-token client that fails loudly: a seed that silently skips a refused request measures the wrong data.</summary>
internal sealed class ApiClient
{
    private readonly HttpClient _http;

    public ApiClient(HttpClient http, string token)
    {
        _http = http;
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        _http.Timeout = TimeSpan.FromMinutes(2);
    }

    public async Task<JsonObject> PostAsync(string path, object body, HttpStatusCode expected = HttpStatusCode.Created) =>
        await ReadAsync(await _http.PostAsJsonAsync(path, body), expected, "POST " + path);

    public async Task<JsonObject> PutAsync(string path, object body) =>
        await ReadAsync(await _http.PutAsJsonAsync(path, body), HttpStatusCode.OK, "PUT " + path);

    public async Task<JsonNode> GetAsync(string path)
    {
        var response = await _http.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        return response.StatusCode == HttpStatusCode.OK
            ? JsonNode.Parse(text)!
            : throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode} {text}");
    }

    private static async Task<JsonObject> ReadAsync(HttpResponseMessage response, HttpStatusCode expected, string what)
    {
        var text = await response.Content.ReadAsStringAsync();
        return response.StatusCode == expected
            ? JsonNode.Parse(text)!.AsObject()
            : throw new InvalidOperationException($"{what}: expected {(int)expected}, got {(int)response.StatusCode} {text}");
    }
}
