using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.CollectiveBudget.Tests.Support;

/// <summary>
/// An area of its own with one school, registered through the reference data API, for a test that
/// must change the current school year (hours can only be logged up to today) without touching
/// what other tests book in the pilot's areas.
/// </summary>
internal sealed record FreshArea(Guid AreaId, Guid ClusterId, Guid SchoolId, Guid BoardId)
{
    public static async Task<FreshArea> RegisterAsync(PlatformFactory platform, string name)
    {
        using var admin = platform.Admin();
        var areaId = await CreateAsync(admin, "/api/v1/areas", new { name });
        var clusterId = await CreateAsync(admin, "/api/v1/clusters", new { name = $"{name} cluster", areaId });
        var boardId = await CreateAsync(admin, "/api/v1/boards", new { name = $"{name} board" });
        var schoolId = await CreateAsync(admin, "/api/v1/schools", new { name = $"{name} school", brin = (string?)null, boardId, clusterId });
        await Eventually.AssertAsync(
            async () => (await admin.GetAsync(BudgetApi.Area("2049-2050", areaId))).StatusCode == HttpStatusCode.OK,
            "the Collective Budget module knows the new area");
        return new FreshArea(areaId, clusterId, schoolId, boardId);
    }

    private static async Task<Guid> CreateAsync(HttpClient admin, string path, object body)
    {
        var response = await admin.PostAsJsonAsync(path, body);
        await response.AssertStatusAsync(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
