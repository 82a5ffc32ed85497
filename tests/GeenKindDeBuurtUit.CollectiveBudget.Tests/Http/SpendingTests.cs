using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Time;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.CollectiveBudget.Tests.Support;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.CollectiveBudget.Tests.Http;

/// <summary>
/// What the expertise pool's hours cost: the year's hours times the agreed rate, rounded once;
/// repriced by a correction when the rate changes; refused where they are logged once the year is closed.
/// </summary>
[Collection("platform")]
public sealed class SpendingTests(PlatformFactory platform)
{
    private static readonly DateOnly Today = SchoolCalendar.Today(TimeProvider.System);
    private static readonly string ThisYear = SchoolYear.Of(Today).ToString();

    [Fact]
    public async Task Spent_is_the_years_hours_times_the_rate_rounded_once_and_a_new_rate_reprices_them_with_a_correction()
    {
        var area = await FreshArea.RegisterAsync(platform, "Spending rounding area");
        using var coordinator = platform.ClientAs(Roles.Coordinator);
        using var swv = platform.ClientAs(Roles.Swv);
        await (await swv.PutAgreementAsync(ThisYear, area.AreaId, AgreementAt(10.01m))).AssertStatusAsync(HttpStatusCode.OK);
        var requestId = await AssignedRequestAsync(coordinator, area);

        await LogHoursAsync(coordinator, requestId, 0.25m);
        await LogHoursAsync(coordinator, requestId, 0.25m);

        await Eventually.AssertAsync(async () => (await swv.SummaryAsync(ThisYear, area.AreaId)).Spent == 5.01m, "0.5 h at 10.01 is 5.005, rounded once to 5.01");

        await (await swv.PutAgreementAsync(ThisYear, area.AreaId, AgreementAt(20.03m))).AssertStatusAsync(HttpStatusCode.OK);

        await Eventually.AssertAsync(async () => (await swv.SummaryAsync(ThisYear, area.AreaId)).Spent == 10.02m, "0.5 h at 20.03 is 10.015, rounded once to 10.02");
        var ledger = await swv.LedgerAsync(ThisYear, area.AreaId);
        Assert.Equal([2.50m, 2.51m], ledger.Where(e => e.Kind == "expertise-charge").Select(e => e.Amount));
        var repricing = Assert.Single(ledger, e => e.Kind == "correction");
        Assert.Equal(("expertise-charge", 5.01m, "system"), (repricing.CorrectedKind, repricing.Amount, repricing.BookedBy));
        Assert.Contains("20.03", repricing.Reason);
        var summary = await swv.SummaryAsync(ThisYear, area.AreaId);
        Assert.Equal(summary.Available - 10.02m, summary.Remaining);
    }

    [Fact]
    public async Task Hours_dated_in_a_closed_year_are_refused_where_they_are_logged()
    {
        var area = await FreshArea.RegisterAsync(platform, "Spending closed area");
        using var coordinator = platform.ClientAs(Roles.Coordinator);
        using var swv = platform.ClientAs(Roles.Swv);
        await (await swv.PutAgreementAsync(ThisYear, area.AreaId, AgreementAt(50m))).AssertStatusAsync(HttpStatusCode.OK);
        var requestId = await AssignedRequestAsync(coordinator, area);
        await LogHoursAsync(coordinator, requestId, 1m);
        await Eventually.AssertAsync(async () => (await swv.SummaryAsync(ThisYear, area.AreaId)).Spent == 50m, "the hours before closing are charged");
        await (await swv.CloseAsync(ThisYear, area.AreaId)).AssertStatusAsync(HttpStatusCode.OK);

        await Eventually.AssertAsync(
            async () => await new DatabaseProbe(platform.ConnectionString).CountAsync(
                "SELECT COUNT(*) FROM expertise_pool_school_year_closures WHERE AreaId = $area", ("$area", DatabaseProbe.Text(area.AreaId))) == 1,
            "the Expertise Pool module learned the year is closed");

        await (await PostHoursAsync(coordinator, requestId, 1m)).AssertRuleAsync("school-year-closed");
        var request = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/expertise-requests/{requestId}");
        Assert.Equal(1m, request.GetProperty("hoursLogged").GetDecimal());
    }

    private static object AgreementAt(decimal expertiseHourRate) =>
        new { poolShare = 0.5m, rates = new { sbo = 1m, soLow = 1m, soMedium = 1m, soHigh = 1m }, baseline = (object?)null, expertiseHourRate };

    private static async Task<Guid> AssignedRequestAsync(HttpClient coordinator, FreshArea area)
    {
        var professional = await coordinator.PostAsJsonAsync("/api/v1/professionals", new
        {
            name = "Spending test professional",
            organisation = "SPO West",
            expertise = new[] { "behaviour" },
            areaIds = new[] { area.AreaId },
            hoursPerWeek = 32,
        });
        await professional.AssertStatusAsync(HttpStatusCode.Created);
        var professionalId = (await professional.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        HttpResponseMessage? request = null;
        await Eventually.AssertAsync(
            async () => (request = await coordinator.PostAsJsonAsync("/api/v1/expertise-requests", new { schoolId = area.SchoolId, expertise = "behaviour", hours = 10 })).StatusCode == HttpStatusCode.Created,
            "the Expertise Pool module knows the new school");
        var requestId = (await request!.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await (await coordinator.PostAsJsonAsync($"/api/v1/expertise-requests/{requestId}/assignment", new { professionalId })).AssertStatusAsync(HttpStatusCode.OK);
        return requestId;
    }

    private static Task<HttpResponseMessage> PostHoursAsync(HttpClient coordinator, Guid requestId, decimal hours) =>
        coordinator.PostAsJsonAsync($"/api/v1/expertise-requests/{requestId}/hours", new { on = Today, hours });

    private static async Task LogHoursAsync(HttpClient coordinator, Guid requestId, decimal hours) =>
        await (await PostHoursAsync(coordinator, requestId, hours)).AssertStatusAsync(HttpStatusCode.OK);
}
