using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.Monitoring.Tests.Api;

/// <summary>
/// One school year's target as a resource (ADR 0013): its ETag is its version, 0 until an
/// admin sets the year; a change takes If-Match and answers 412 to a stale one, storing nothing.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class TargetTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_default_target_reads_as_version_0_and_a_year_without_any_target_is_404()
    {
        var analyst = platform.ClientAs("analyst");

        var response = await analyst.GetAsync("/api/v1/monitoring/targets/2026-2027");
        var missing = await analyst.GetAsync("/api/v1/monitoring/targets/2051-2052");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"schoolYear\":\"2026-2027\",\"reductionPct\":60,\"isDefault\":true,\"version\":\"0\"}", await response.Content.ReadAsStringAsync());
        Assert.Equal("\"0\"", response.Headers.ETag?.Tag);
        await Figures.ProblemAsync(missing, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_target_an_admin_sets_carries_its_version_as_ETag_in_every_answer_and_each_change_moves_it()
    {
        var admin = platform.Admin();

        var created = await admin.PutAsJsonAsync("/api/v1/monitoring/targets/2052-2053", new { reductionPct = 20m });
        var read = await admin.GetAsync("/api/v1/monitoring/targets/2052-2053");
        var changed = await SetAsync(admin, "2052-2053", 25m, read.Headers.ETag!.Tag);
        var listed = (await admin.GetFromJsonAsync<JsonArray>("/api/v1/monitoring/targets"))!.Single(t => t!["schoolYear"]!.GetValue<string>() == "2052-2053")!;

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal("\"1\"", created.Headers.ETag?.Tag);
        Assert.Equal("{\"schoolYear\":\"2052-2053\",\"reductionPct\":20,\"isDefault\":false,\"version\":\"1\"}", await read.Content.ReadAsStringAsync());
        Assert.Equal(created.Headers.ETag, read.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("\"2\"", changed.Headers.ETag?.Tag);
        Assert.Equal("2", listed["version"]!.GetValue<string>());
        Assert.Equal(25m, listed["reductionPct"]!.GetValue<decimal>());
        Assert.Equal(2, await platform.CountAsync("select Version from monitoring_targets where SchoolYearStart = 2052"));
    }

    [Theory]
    [InlineData("\"1\"", 2061)]
    [InlineData("\"0\"", 2062)]
    [InlineData("W/\"7\"", 2063)]
    public async Task A_change_with_a_stale_If_Match_is_412_and_stores_nothing(string stale, int start)
    {
        var admin = platform.Admin();
        var year = $"{start}-{start + 1}";
        await SetAsync(admin, year, 40m, ifMatch: null);
        var current = await SetAsync(admin, year, 45m, ifMatch: null);
        Assert.Equal("\"2\"", current.Headers.ETag?.Tag);
        var stored = await RowAsync(start);

        var response = await SetAsync(admin, year, 50m, stale);

        var problem = await Figures.ProblemAsync(response, HttpStatusCode.PreconditionFailed);
        Assert.Equal(412, problem["status"]!.GetValue<int>());
        Assert.Equal(stored, await RowAsync(start));
        Assert.Equal("{\"schoolYear\":\"" + year + "\",\"reductionPct\":45,\"isDefault\":false,\"version\":\"2\"}",
            await (await admin.GetAsync($"/api/v1/monitoring/targets/{year}")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_year_nobody_set_takes_If_Match_0_but_refuses_any_other_and_stores_nothing()
    {
        var admin = platform.Admin();

        var stale = await SetAsync(admin, "2053-2054", 15m, "\"1\"");
        var none = await platform.CountAsync("select count(*) from monitoring_targets where SchoolYearStart = 2053");
        var first = await SetAsync(admin, "2053-2054", 15m, "\"0\"");

        await Figures.ProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        Assert.Equal(0, none);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("\"1\"", first.Headers.ETag?.Tag);
    }

    private static Task<HttpResponseMessage> SetAsync(HttpClient client, string year, decimal pct, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/monitoring/targets/{year}") { Content = JsonContent.Create(new { reductionPct = pct }) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    /// <summary>The stored row as the database holds it, to show a refused change left it alone.</summary>
    private Task<string> RowAsync(int schoolYearStart) =>
        platform.ScalarTextAsync($"select ReductionPct || '|' || SetAt || '|' || Version from monitoring_targets where SchoolYearStart = {schoolYearStart}");
}
