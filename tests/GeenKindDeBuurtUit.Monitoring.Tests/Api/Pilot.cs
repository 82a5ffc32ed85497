using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GeenKindDeBuurtUit.Monitoring.Tests.Api;

/// <summary>The seeded pilot's ids by name, read from the reference data as any client would.</summary>
internal sealed record Pilot(IReadOnlyDictionary<string, Guid> Areas, IReadOnlyDictionary<string, Guid> Clusters, IReadOnlyDictionary<string, Guid> Schools)
{
    public static async Task<Pilot> ReadAsync(HttpClient client)
    {
        async Task<Dictionary<string, Guid>> ByName(string path) =>
            (await client.GetFromJsonAsync<JsonArray>(path))!.ToDictionary(n => n!["name"]!.GetValue<string>(), n => n!["id"]!.GetValue<Guid>());
        return new Pilot(await ByName("/api/v1/areas"), await ByName("/api/v1/clusters"), await ByName("/api/v1/schools"));
    }
}
