using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Time;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.Monitoring.Tests.Api;

/// <summary>The expertise pool and the budget as analysts see them, from data entered through those modules' APIs.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PoolAndBudgetFiguresTests(PlatformFactory platform)
{
    private static string ThisYear => SchoolYear.Of(SchoolCalendar.Today(TimeProvider.System)).ToString();

    [Fact]
    public async Task Requests_hours_waits_and_waiting_requests_per_area_and_expertise()
    {
        var pilot = await Pilot.ReadAsync(platform.Admin());
        var osdorp = pilot.Areas["Osdorp"];
        var coordinator = platform.ClientAs("coordinator");
        var professional = await CreatedIdAsync(await coordinator.PostAsJsonAsync("/api/v1/professionals", new
        {
            name = "Monitoring test professional", organisation = "OKT", expertise = new[] { "newcomer" }, areaIds = new[] { osdorp }, hoursPerWeek = 10,
        }));
        var school = pilot.Schools["Globe"];
        var served = await CreatedIdAsync(await coordinator.PostAsJsonAsync("/api/v1/expertise-requests", new { schoolId = school, expertise = "newcomer", hours = 6 }));
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsJsonAsync($"/api/v1/expertise-requests/{served}/assignment", new { professionalId = professional })).StatusCode);
        var today = SchoolCalendar.Today(TimeProvider.System);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsJsonAsync($"/api/v1/expertise-requests/{served}/hours", new { on = today, hours = 1.5 })).StatusCode);
        await CreatedIdAsync(await coordinator.PostAsJsonAsync("/api/v1/expertise-requests", new { schoolId = school, expertise = "newcomer", hours = 8 }));

        var analyst = platform.ClientAs("analyst");
        JsonObject row = null!;
        await Eventually.AssertAsync(async () =>
        {
            var figures = await Figures.GetAsync(analyst, $"expertise?schoolYear={ThisYear}");
            row = figures["rows"]!.AsArray().Select(r => r!.AsObject())
                .Single(r => r["areaId"]!.GetValue<Guid>() == osdorp && r["expertise"]!.GetValue<string>() == "newcomer");
            return row["requests"]!.GetValue<int>() >= 2 && row["hours"]!.GetValue<decimal>() >= 1.5m && row["waiting"]!.GetValue<int>() >= 1;
        }, "the pool's facts reach monitoring");
        Assert.True(row["assigned"]!.GetValue<int>() >= 1);
        Assert.NotNull(row["medianMinutesToAssignment"]);
        Assert.NotNull(row["p90MinutesToAssignment"]);
    }

    [Fact]
    public async Task The_budget_per_area_as_last_recalculated()
    {
        var pilot = await Pilot.ReadAsync(platform.Admin());
        var area = pilot.Areas["Bos en Lommer"];
        const string year = "2031-2032";
        var swv = platform.ClientAs("swv");
        var boards = (await swv.GetFromJsonAsync<JsonArray>("/api/v1/boards"))!;
        var board = boards.First(b => b!["name"]!.GetValue<string>().StartsWith("Placeholder board", StringComparison.Ordinal))!["id"]!.GetValue<Guid>();
        var agreement = new
        {
            poolShare = 0.5, rates = new { sbo = 10000, soLow = 20000, soMedium = 30000, soHigh = 40000 }, baseline = (object?)null, expertiseHourRate = 90,
        };
        Assert.Equal(HttpStatusCode.OK, (await swv.PutAsJsonAsync($"/api/v1/budgets/{year}/areas/{area}/agreement", agreement)).StatusCode);
        var contribution = await swv.PostAsJsonAsync($"/api/v1/budgets/{year}/areas/{area}/contributions", new { boardId = board, kind = "swv-pooled", amount = 1234.56, externalRef = "monitoring-1" });
        Assert.Equal(HttpStatusCode.Created, contribution.StatusCode);

        await Eventually.AssertAsync(async () =>
        {
            var figures = await Figures.GetAsync(platform.ClientAs("analyst"), $"budget?schoolYear={year}");
            var row = figures["rows"]!.AsArray().Single(r => r!["areaId"]!.GetValue<Guid>() == area)!;
            return row["pooled"]!.GetValue<decimal>() == 1234.56m && row["recalculatedAt"] is not null;
        }, "the budget's figures reach monitoring");
    }

    [Theory]
    [InlineData("school")]
    [InlineData("treasurer")]
    [InlineData("coordinator")]
    public async Task Other_roles_do_not_read_these_figures(string role)
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await platform.ClientAs(role).GetAsync("/api/v1/monitoring/expertise")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await platform.ClientAs(role).GetAsync("/api/v1/monitoring/budget")).StatusCode);
    }

    private static async Task<Guid> CreatedIdAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
    }
}
