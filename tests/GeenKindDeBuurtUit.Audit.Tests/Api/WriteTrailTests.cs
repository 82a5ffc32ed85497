using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.Platform.Auditing;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;
using GeenKindDeBuurtUit.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.Audit.Tests.Api;

/// <summary>Who changed the money, the targets and the reference data: every write to them is in the trail, not only pupil data.</summary>
[Collection(PlatformCollection.Name)]
public sealed class WriteTrailTests(PlatformFactory platform)
{
    private const string Year = "2039-2040";
    private static readonly string[] Writes = ["POST", "PUT", "PATCH", "DELETE"];
    private readonly AuditApi api = new(platform);

    [Theory]
    [InlineData("/api/v1/budgets", 5)]
    [InlineData("/api/v1/monitoring/targets", 1)]
    [InlineData("/api/v1/monitoring/years", 2)]
    [InlineData("/api/v1/areas", 1)]
    [InlineData("/api/v1/clusters", 1)]
    [InlineData("/api/v1/boards", 1)]
    [InlineData("/api/v1/schools", 3)]
    [InlineData("/api/v1/facilities", 5)]
    [InlineData("/api/v1/professionals", 3)]
    [InlineData("/api/v1/referral-history", 1)]
    [InlineData("/api/v1/thuiszitter-history", 1)]
    public void Every_write_to_money_targets_and_reference_data_is_audited(string prefix, int writes)
    {
        var endpoints = platform.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith(prefix, StringComparison.Ordinal))
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Any(m => Writes.Contains(m)) == true)
            .ToList();

        Assert.Equal(writes, endpoints.Count);
        Assert.All(endpoints, e => Assert.True(
            e.Metadata.GetMetadata<AuditedEndpoint>() is not null,
            $"{e.RoutePattern.RawText} ({e.DisplayName}) is not audited"));
    }

    [Fact]
    public async Task Each_write_to_reference_data_targets_and_budgets_leaves_a_record_with_its_actor_and_action()
    {
        var (admin, subject) = api.Caller(Roles.Admin);
        var areaId = await CreateAsync(admin, "/api/v1/areas", new { name = "Audited area" });
        var clusterId = await CreateAsync(admin, "/api/v1/clusters", new { name = "Audited cluster", areaId });
        var otherClusterId = await CreateAsync(admin, "/api/v1/clusters", new { name = "Audited cluster 2", areaId });
        var boardId = await CreateAsync(admin, "/api/v1/boards", new { name = "Audited board" });
        var schoolId = await CreateAsync(admin, "/api/v1/schools", new { name = "Audited school", brin = (string?)null, boardId, clusterId });
        await Expect(HttpStatusCode.OK, await admin.PostAsJsonAsync($"/api/v1/schools/{schoolId}/move", new { clusterId = otherClusterId }));
        await Expect(HttpStatusCode.OK, await admin.PutAsJsonAsync($"/api/v1/monitoring/targets/{Year}", new { reductionPct = 12.5m }));
        var professionalId = await CreateAsync(admin, "/api/v1/professionals", new { name = "Audited professional", organisation = "SPO West", expertise = new[] { "tos" }, areaIds = new[] { PilotIds.Osdorp }, hoursPerWeek = 8m });
        await Expect(HttpStatusCode.OK, await admin.PostAsJsonAsync($"/api/v1/professionals/{professionalId}/deactivation", new { on = DateOnly.FromDateTime(DateTime.UtcNow) }));

        var budget = $"/api/v1/budgets/{Year}/areas/{areaId}";
        await Eventually.AssertAsync(async () => (await admin.GetAsync(budget)).StatusCode == HttpStatusCode.OK, "the budget module knows the new area");
        await Expect(HttpStatusCode.OK, await admin.PutAsJsonAsync($"{budget}/agreement", new
        {
            poolShare = 0.5m,
            rates = new { sbo = 1m, soLow = 1m, soMedium = 1m, soHigh = 1m },
            expertiseHourRate = 90m,
        }));
        await Expect(HttpStatusCode.Created, await admin.PostAsJsonAsync($"{budget}/contributions", new { boardId, kind = "board-funds", amount = 100m, externalRef = "audited-1" }));
        var allocation = await CreateAsync(admin, $"{budget}/allocations", new { level = "area", targetId = areaId, purpose = "Audited approach", amount = 10m });
        await Expect(HttpStatusCode.Created, await admin.PostAsJsonAsync($"{budget}/ledger/{allocation}/correction", new { reason = "Did not start" }));
        await Expect(HttpStatusCode.OK, await admin.PostAsync($"{budget}/closure", null));

        var records = (await api.ListAsync($"?actor={subject}&pageSize=200"))["items"]!.AsArray().Select(r => r!.AsObject()).ToList();

        Assert.All(records, r => Assert.Equal(subject, r["actor"]!.GetValue<string>()));
        Assert.Equal(
            new[]
            {
                "AllocateFunds", "BookContribution", "CloseBudgetSchoolYear", "CorrectLedgerEntry", "DeactivateProfessional", "MoveSchool", "RegisterArea",
                "RegisterBoard", "RegisterCluster", "RegisterProfessional", "RegisterSchool", "SetBudgetAgreement", "SetTarget",
            },
            records.Select(r => r["action"]!.GetValue<string>()).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(14, records.Count(r => r["outcome"]!.GetValue<string>() == "allowed"));
        Assert.Equal(2, records.Count(r => r["objectType"]!.GetValue<string>() == "professional" && r["objectId"]!.GetValue<string>() == professionalId.ToString()));
        Assert.Equal(5, records.Count(r => r["objectType"]!.GetValue<string>() == "budget" && r["objectId"]!.GetValue<string>() == areaId.ToString()));
        Assert.Contains(records, r => r["action"]!.GetValue<string>() == "MoveSchool" && r["objectId"]!.GetValue<string>() == schoolId.ToString());
        Assert.DoesNotContain(records, r => r["action"]!.GetValue<string>().StartsWith("GET", StringComparison.Ordinal) || r["action"]!.GetValue<string>() == "GetBudgetSummary");
    }

    [Fact]
    public async Task A_refused_write_to_a_budget_is_recorded_too()
    {
        var (analyst, subject) = api.Caller(Roles.Analyst);
        var areas = (await platform.Admin().GetFromJsonAsync<JsonArray>("/api/v1/areas"))!;
        var areaId = areas[0]!["id"]!.GetValue<Guid>();

        await Expect(HttpStatusCode.Forbidden, await analyst.PostAsync($"/api/v1/budgets/{Year}/areas/{areaId}/closure", null));

        var record = Assert.Single((await api.ListAsync($"?actor={subject}"))["items"]!.AsArray())!;
        Assert.Equal(
            ("CloseBudgetSchoolYear", "denied", 403, areaId.ToString()),
            (record["action"]!.GetValue<string>(), record["outcome"]!.GetValue<string>(), record["status"]!.GetValue<int>(), record["objectId"]!.GetValue<string>()));
    }

    private static async Task<Guid> CreateAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        await Expect(HttpStatusCode.Created, response);
        return (await ProblemAssert.BodyAsync(response))["id"]!.GetValue<Guid>();
    }

    private static async Task Expect(HttpStatusCode status, HttpResponseMessage response) =>
        Assert.True(response.StatusCode == status, $"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
}
