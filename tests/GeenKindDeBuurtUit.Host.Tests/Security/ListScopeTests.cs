using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.Host.Tests.Security;

/// <summary>Lists never carry a row of someone else's school or board, and analysts never see one child.</summary>
[Collection(SecurityCollection.Name)]
public sealed class ListScopeTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_school_lists_only_its_own_schools_support_cases()
    {
        var world = await MatrixWorld.ForAsync(platform);
        var (own, foreign) = (await world.OpenCaseAsync(), await world.OpenCaseAsync(world.OtherSchool));
        var school = platform.ClientAs(Roles.School, schools: [world.OwnSchool]);

        var all = await ItemsAsync(school, "/api/v1/support-cases?pageSize=200");
        var filteredOnForeign = await ItemsAsync(school, $"/api/v1/support-cases?schoolId={world.OtherSchool}&pageSize=200");

        Assert.Contains(all, c => Id(c) == own);
        Assert.DoesNotContain(all, c => Id(c) == foreign);
        Assert.All(all, c => Assert.Equal(world.OwnSchool, c["schoolId"]!.GetValue<Guid>()));
        Assert.Empty(filteredOnForeign);
    }

    [Fact]
    public async Task A_school_lists_only_expertise_requests_of_its_schools_and_their_cluster()
    {
        var world = await MatrixWorld.ForAsync(platform);
        var own = await world.ExpertiseRequestAsync();
        var ownCluster = (await world.CreatedAsync("/api/v1/expertise-requests", new { clusterId = world.OwnCluster, expertise = "behaviour", hours = 2 }))["id"]!.GetValue<Guid>();
        var foreign = (await world.CreatedAsync("/api/v1/expertise-requests", new { schoolId = world.OtherSchool, expertise = "language", hours = 2 }))["id"]!.GetValue<Guid>();
        var school = platform.ClientAs(Roles.School, schools: [world.OwnSchool]);

        var items = await ItemsAsync(school, "/api/v1/expertise-requests?pageSize=200");

        Assert.Contains(items, r => Id(r) == own);
        Assert.Contains(items, r => Id(r) == ownCluster);
        Assert.DoesNotContain(items, r => Id(r) == foreign);
        Assert.All(items, r => Assert.True(
            r["schoolId"]?.GetValue<Guid>() == world.OwnSchool || r["clusterId"]?.GetValue<Guid>() == world.OwnCluster,
            $"a request of another school or cluster: {r.ToJsonString()}"));
    }

    [Fact]
    public async Task A_school_lists_only_collective_approaches_that_involve_its_schools()
    {
        var world = await MatrixWorld.ForAsync(platform);
        var own = await world.ApproachAsync();
        var foreign = (await world.CreatedAsync("/api/v1/collective-approaches", new
        {
            name = world.Unique("Language class"), needs = new[] { "language" }, level = "school", targetId = world.OtherSchool,
            schoolIds = new[] { world.OtherSchool }, startsOn = MatrixWorld.Date(-30), expectedChildren = 5,
        }))["id"]!.GetValue<Guid>();

        var items = await ItemsAsync(platform.ClientAs(Roles.School, schools: [world.OwnSchool]), "/api/v1/collective-approaches?pageSize=200");

        Assert.Contains(items, a => Id(a) == own);
        Assert.DoesNotContain(items, a => Id(a) == foreign);
    }

    [Fact]
    public async Task A_treasurer_reconciles_only_its_own_boards_in_the_areas_where_they_have_schools()
    {
        var world = await MatrixWorld.ForAsync(platform);
        var year = MatrixWorld.BudgetYear;
        var admin = platform.Admin();
        var admins = await ReconcileAsync(admin, year);
        var treasurer = await ReconcileAsync(platform.ClientAs(Roles.Treasurer, boards: [world.OwnBoard]), year);
        var stranger = await ReconcileAsync(platform.ClientAs(Roles.Treasurer, boards: [world.OtherBoard]), year);
        var ownAreas = (await admin.GetFromJsonAsync<JsonArray>("/api/v1/schools"))!
            .Where(s => s!["boardId"]!.GetValue<Guid>() == world.OwnBoard).Select(s => s!["areaId"]!.GetValue<Guid>()).ToHashSet();

        Assert.True(admins["boards"]!.AsArray().Count > 1, "the admin sees more than one board, so the treasurer's view is a real filter");
        Assert.All(treasurer["boards"]!.AsArray(), b => Assert.Equal(world.OwnBoard, b!["boardId"]!.GetValue<Guid>()));
        Assert.Contains(treasurer["boards"]!.AsArray(), b => b!["contributed"]!.GetValue<decimal>() >= 1_000_000m);
        Assert.All(treasurer["areas"]!.AsArray(), a => Assert.Contains(a!["areaId"]!.GetValue<Guid>(), ownAreas));
        Assert.Empty(stranger["boards"]!.AsArray());
        Assert.Empty(stranger["areas"]!.AsArray());

        var foreignBoard = admins["boards"]!.AsArray().Select(b => b!["boardId"]!.GetValue<Guid>()).First(b => b != world.OwnBoard);
        var asked = await platform.ClientAs(Roles.Treasurer, boards: [world.OwnBoard]).GetAsync($"/api/v1/budgets/{year}/reconciliation?boardId={foreignBoard}");
        Assert.Equal(HttpStatusCode.NotFound, asked.StatusCode);
    }

    [Fact]
    public async Task An_analyst_never_receives_a_pupil_reference_or_a_case_id_from_any_monitoring_read()
    {
        var world = await MatrixWorld.ForAsync(platform);
        var pupilRef = world.Unique("ANALYST-NEVER-SEES");
        var caseId = (await world.CreatedAsync("/api/v1/support-cases", new { schoolId = world.OwnSchool, pupilRef, needs = new[] { "behaviour" }, level = 3, openedOn = MatrixWorld.Date(-60) }))["id"]!.GetValue<Guid>();
        await world.OkAsync($"/api/v1/support-cases/{caseId}/thuiszitter-periods", new { since = MatrixWorld.Date(-1), reason = "no place in a class" });
        var analyst = platform.ClientAs(Roles.Analyst);
        var reads = (await OpenApiOperations.ReadAsync(platform)).Where(o => o.Method == "GET" && o.Template.StartsWith("/api/v1/monitoring/", StringComparison.Ordinal) && !o.Template.Contains('{'))
            .Select(o => o.Template).ToList();
        Assert.NotEmpty(reads);

        await Eventually.AssertAsync(async () => (await analyst.GetStringAsync($"/api/v1/monitoring/support?groupBy=area")).Contains("\"rows\"", StringComparison.Ordinal), "monitoring answers");
        foreach (var read in reads)
        {
            var query = read.EndsWith("/trend", StringComparison.Ordinal) ? $"?areaId={world.Osdorp}" : string.Empty;
            var response = await analyst.GetAsync(read + query);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{read}: {(int)response.StatusCode} {text}");
            Assert.DoesNotContain(pupilRef, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(caseId.ToString(), text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("pupilRef", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static async Task<JsonObject> ReconcileAsync(HttpClient client, string year) =>
        (await client.GetFromJsonAsync<JsonObject>($"/api/v1/budgets/{year}/reconciliation"))!;

    private static async Task<IReadOnlyList<JsonObject>> ItemsAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["items"]!.AsArray().Select(i => i!.AsObject()).ToList();
    }

    private static Guid Id(JsonObject item) => item["id"]!.GetValue<Guid>();
}
