using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Time;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.CollectiveBudget.Tests.Support;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.CollectiveBudget.Tests.Http;

/// <summary>Hours logged in the Expertise Pool are charged against the area's pool at the agreed hourly rate, once.</summary>
[Collection("platform")]
public sealed class ExpertiseChargeTests(PlatformFactory platform)
{
    private const decimal HourRate = 95.50m;

    [Fact]
    public async Task Logged_hours_are_charged_at_the_agreed_rate_once_the_area_has_an_agreement()
    {
        var pilot = await Pilot.LoadAsync(platform);
        var area = PilotIds.BosEnLommer;
        var school = pilot.In(area).First();
        var today = SchoolCalendar.Today(TimeProvider.System);
        var year = SchoolYear.Of(today).ToString();
        using var coordinator = platform.ClientAs(Roles.Coordinator);
        using var swv = platform.ClientAs(Roles.Swv);

        var requestId = await AssignedRequestAsync(coordinator, school.Id, area);
        await LogHoursAsync(coordinator, requestId, today, 2.5m);

        // Without an agreement there is no hourly rate: the hours wait, nothing is charged.
        await Eventually.AssertAsync(
            async () => await platform.CountAsync("select count(*) from collective_budget_expertise_hours") >= 1,
            "the budget module received the hours");
        Assert.Equal(0m, (await swv.SummaryAsync(year, area)).Spent);

        await (await swv.PutAgreementAsync(year, area, BudgetApi.Agreement())).AssertStatusAsync(HttpStatusCode.OK);
        await Eventually.AssertAsync(async () => (await swv.SummaryAsync(year, area)).Spent == 2.5m * HourRate, "the waiting hours are charged");

        await LogHoursAsync(coordinator, requestId, today, 1.25m);
        await Eventually.AssertAsync(async () => (await swv.SummaryAsync(year, area)).Spent == 358.13m, "new hours are charged by themselves (each entry rounded to the cent)");

        await Task.Delay(TimeSpan.FromSeconds(1));
        var charges = (await swv.LedgerAsync(year, area)).Where(e => e.Kind == "expertise-charge").ToList();
        Assert.Equal([238.75m, 119.38m], charges.Select(c => c.Amount));
        Assert.Equal(358.13m, (await swv.SummaryAsync(year, area)).Spent);
    }

    private static async Task<Guid> AssignedRequestAsync(HttpClient coordinator, Guid schoolId, Guid areaId)
    {
        var professional = await coordinator.PostAsJsonAsync("/api/v1/professionals", new
        {
            name = "Charge test professional",
            organisation = "SPO West",
            expertise = new[] { "behaviour" },
            areaIds = new[] { areaId },
            hoursPerWeek = 32,
        });
        await professional.AssertStatusAsync(HttpStatusCode.Created);
        var professionalId = (await professional.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var request = await coordinator.PostAsJsonAsync("/api/v1/expertise-requests", new { schoolId, expertise = "behaviour", hours = 10 });
        await request.AssertStatusAsync(HttpStatusCode.Created);
        var requestId = (await request.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await (await coordinator.PostAsJsonAsync($"/api/v1/expertise-requests/{requestId}/assignment", new { professionalId })).AssertStatusAsync(HttpStatusCode.OK);
        return requestId;
    }

    private static async Task LogHoursAsync(HttpClient coordinator, Guid requestId, DateOnly on, decimal hours) =>
        await (await coordinator.PostAsJsonAsync($"/api/v1/expertise-requests/{requestId}/hours", new { on, hours })).AssertStatusAsync(HttpStatusCode.OK);
}
