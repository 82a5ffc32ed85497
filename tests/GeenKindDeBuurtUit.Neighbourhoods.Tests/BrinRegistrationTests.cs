using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.Neighbourhoods.Tests;

/// <summary>A BRIN code names one school: a second registration of it is a conflict, also when both arrive at once.</summary>
[Collection(PlatformCollection.Name)]
public sealed class BrinRegistrationTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_brin_registered_before_is_a_conflict_that_names_it()
    {
        var admin = platform.Admin();
        var brin = UniqueBrin();
        Assert.Equal(HttpStatusCode.Created, (await RegisterAsync(admin, brin, await NewClusterAsync(admin))).StatusCode);

        var problem = await ProblemAssert.ProblemAsync(await RegisterAsync(admin, brin, await NewClusterAsync(admin)), HttpStatusCode.Conflict);

        Assert.Contains($"A school with BRIN {brin} is already registered.", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1, await platform.CountAsync($"select count(*) from neighbourhoods_schools where Brin = '{brin}'"));
    }

    [Fact]
    public async Task Registrations_of_one_brin_at_once_make_one_school_and_conflicts()
    {
        var admin = platform.Admin();
        var brin = UniqueBrin();
        var clusters = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            clusters.Add(await NewClusterAsync(admin));
        }

        var answers = await Task.WhenAll(clusters.Select(cluster => RegisterAsync(platform.Admin(), brin, cluster)));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Created), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        Assert.Equal(1, await platform.CountAsync($"select count(*) from neighbourhoods_schools where Brin = '{brin}'"));
    }

    private static string UniqueBrin() => $"{Random.Shared.Next(10, 100)}{Guid.NewGuid().ToString("N")[..2].ToUpperInvariant()}";

    private static async Task<Guid> NewClusterAsync(HttpClient admin)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/clusters", new { name = $"Cluster {Guid.NewGuid().ToString("N")[..8]}", areaId = PilotIds.Osdorp });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
    }

    private static async Task<HttpResponseMessage> RegisterAsync(HttpClient admin, string brin, Guid clusterId)
    {
        var board = (await admin.GetFromJsonAsync<JsonArray>("/api/v1/boards"))![0]!["id"]!.GetValue<Guid>();
        return await admin.PostAsJsonAsync("/api/v1/schools", new { name = $"School {Guid.NewGuid().ToString("N")[..8]}", brin, boardId = board, clusterId });
    }
}
