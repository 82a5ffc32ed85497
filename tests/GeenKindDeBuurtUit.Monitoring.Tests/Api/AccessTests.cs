using System.Net;
using System.Net.Http.Json;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.Monitoring.Tests.Api;

/// <summary>Monitoring is for analysts, the SWV and admins; targets are set by admins; bad parameters name their field.</summary>
[Collection(PlatformCollection.Name)]
public sealed class AccessTests(PlatformFactory platform)
{
    public static TheoryData<string> Reads => new(
        "referrals", "thuiszitters", "support", $"trend?areaId={PilotIds.Osdorp}", "targets", "targets/2025-2026", "observations", $"observations/{Guid.NewGuid()}");

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Schools_treasurers_and_coordinators_are_forbidden_and_strangers_unauthorised(string path)
    {
        foreach (var role in new[] { "school", "treasurer", "coordinator" })
        {
            await Figures.ProblemAsync(await platform.ClientAs(role, schools: [Guid.NewGuid()]).GetAsync($"/api/v1/monitoring/{path}"), HttpStatusCode.Forbidden);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await platform.Anonymous().GetAsync($"/api/v1/monitoring/{path}")).StatusCode);
    }

    [Theory]
    [InlineData("analyst")]
    [InlineData("swv")]
    [InlineData("admin")]
    public async Task Analysts_the_swv_and_admins_read_monitoring(string role)
    {
        var client = platform.ClientAs(role);

        foreach (var path in new[] { "referrals", "thuiszitters", "support", $"trend?areaId={PilotIds.Osdorp}", "targets", "targets/2025-2026", "observations" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/monitoring/{path}")).StatusCode);
        }
    }

    [Theory]
    [InlineData("analyst")]
    [InlineData("swv")]
    [InlineData("school")]
    public async Task Only_an_admin_sets_a_target(string role)
    {
        var response = await platform.ClientAs(role).PutAsJsonAsync("/api/v1/monitoring/targets/2040-2041", new { reductionPct = 5 });

        await Figures.ProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal(0, await platform.CountAsync("select count(*) from monitoring_targets where SchoolYearStart = 2040"));
    }

    [Theory]
    [InlineData("referrals?schoolYear=2025-2027", "schoolYear")]
    [InlineData("referrals?schoolYear=2025", "schoolYear")]
    [InlineData("referrals?groupBy=board", "groupBy")]
    [InlineData("referrals?groupBy=School", "groupBy")]
    [InlineData("support?groupBy=pupil", "groupBy")]
    [InlineData("thuiszitters?schoolYear=next", "schoolYear")]
    [InlineData("observations?principle=8", "principle")]
    [InlineData("observations?principle=one", "principle")]
    [InlineData("observations?from=2025-09-01&to=2025-08-01", "to")]
    [InlineData("observations?pageSize=201", "pageSize")]
    [InlineData("trend?areaId=osdorp", "areaId")]
    [InlineData("targets/2025", "schoolYear")]
    [InlineData("targets/2025-2027", "schoolYear")]
    public async Task A_bad_parameter_is_refused_with_its_name(string path, string field) =>
        await Figures.AssertFieldAsync(await platform.ClientAs("analyst").GetAsync($"/api/v1/monitoring/{path}"), field);

    [Theory]
    [InlineData("2030-2031", "{\"reductionPct\":101}", "reductionPct")]
    [InlineData("2030-2031", "{\"reductionPct\":-1}", "reductionPct")]
    [InlineData("2030-2031", "{\"reductionPct\":10.125}", "reductionPct")]
    [InlineData("2030-2031", "{}", "reductionPct")]
    [InlineData("2030-2031", "{\"reductionPct\":\"ten\"}", "reductionPct")]
    [InlineData("2030-2031", "{\"reductionPct\":10,\"schoolYear\":\"2030-2031\"}", "schoolYear")]
    [InlineData("2030", "{\"reductionPct\":10}", "schoolYear")]
    public async Task A_bad_target_is_refused_and_nothing_is_stored(string schoolYear, string body, string field)
    {
        var response = await platform.Admin().PutAsync($"/api/v1/monitoring/targets/{schoolYear}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await Figures.AssertFieldAsync(response, field);
        Assert.Equal(0, await platform.CountAsync("select count(*) from monitoring_targets where SchoolYearStart = 2030"));
    }
}
