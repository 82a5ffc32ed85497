using System.Net;
using System.Text;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;

namespace GeenKindDeBuurtUit.Facilities.Tests.Api;

/// <summary>Anyone signed in reports; three schools reporting "closed" dispute a facility until its steward confirms or withdraws it.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ReportTests(PlatformFactory platform)
{
    private readonly MapApi _map = new(platform);

    [Theory]
    [InlineData(Roles.School)]
    [InlineData(Roles.Partner)]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.Treasurer)]
    public async Task Anyone_signed_in_reports_a_problem(string role)
    {
        var id = await _map.CreateAsync(MapApi.Unique("partner-steward"));
        var schools = role == Roles.School ? (await _map.SchoolsAsync(PilotIds.Osdorp)).Take(1).ToArray() : [];

        var response = await Report(_map.As(role, null, schools), id, "wrong-contact", "The phone number rings at a bakery.");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var report = await ProblemAssert.BodyAsync(response);
        Assert.Equal("wrong-contact", report["kind"]!.GetValue<string>());
        Assert.True(report["open"]!.GetValue<bool>());
        Assert.Equal($"/api/v1/facilities/{id}", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Three_schools_reporting_closed_dispute_it_until_the_steward_confirms()
    {
        var steward = MapApi.Unique("partner-steward");
        var id = await _map.CreateAsync(steward);
        var schools = await _map.SchoolsAsync(PilotIds.Osdorp);

        await ReportClosedAsync(id, schools[0]);
        await ReportClosedAsync(id, schools[1]);
        Assert.Equal("active", (await _map.GetAsync(id))["status"]!.GetValue<string>());
        Assert.Equal(2, (await _map.GetAsync(id))["openClosedReports"]!.GetValue<int>());
        var third = await ProblemAssert.BodyAsync(await ReportClosedAsync(id, schools[2]));

        Assert.Equal("disputed", third["facilityStatus"]!.GetValue<string>());
        var disputed = await _map.GetAsync(id);
        Assert.Equal("disputed", disputed["status"]!.GetValue<string>());
        Assert.Equal(3, disputed["openClosedReports"]!.GetValue<int>());
        Assert.Contains(id, (await _map.ListAsync("status=disputed&pageSize=200", _map.As(Roles.School))).Select(MapApi.Id));
        Assert.Contains(id, (await _map.ListAsync("pageSize=200", _map.As(Roles.School))).Select(MapApi.Id));

        var confirmed = await MapApi.OkAsync(await MapApi.SendAsync(_map.Partner(steward), HttpMethod.Post, $"{MapApi.Facilities}/{id}/confirmation", new { }));

        Assert.Equal("active", confirmed["status"]!.GetValue<string>());
        Assert.Equal(0, confirmed["openClosedReports"]!.GetValue<int>());
    }

    [Fact]
    public async Task One_school_reporting_twice_or_with_a_token_of_several_schools_counts_once()
    {
        var id = await _map.CreateAsync(MapApi.Unique("partner-steward"));
        var schools = await _map.SchoolsAsync(PilotIds.Osdorp);

        await ReportClosedAsync(id, schools[0]);
        await ProblemAssert.AssertRuleAsync(await ReportClosedAsync(id, schools[0]), "report-already-open");
        // A token of several schools counts for the first of them by id: here the one that reported already.
        await ProblemAssert.AssertRuleAsync(await ReportClosedAsync(id, schools[0], schools[1], schools[2]), "report-already-open");
        await ReportClosedAsync(id, schools[1]);
        // Reports of other roles are heard but count for no school.
        await Report(_map.As(Roles.Coordinator), id, "closed", "Seen boarded up.");
        await Report(_map.As(Roles.Partner, MapApi.Unique("partner-witness")), id, "closed", "Seen boarded up.");

        var facility = await _map.GetAsync(id);
        Assert.Equal("active", facility["status"]!.GetValue<string>());
        Assert.Equal(2, facility["openClosedReports"]!.GetValue<int>());
    }

    [Fact]
    public async Task Withdrawing_a_disputed_facility_settles_its_reports()
    {
        var id = await _map.CreateAsync(MapApi.Unique("partner-steward"));
        foreach (var school in (await _map.SchoolsAsync(PilotIds.Osdorp)).Take(3))
        {
            await ReportClosedAsync(id, school);
        }

        var withdrawn = await MapApi.OkAsync(await MapApi.SendAsync(_map.As(Roles.Coordinator), HttpMethod.Post, $"{MapApi.Facilities}/{id}/withdrawal",
            new { on = GeenKindDeBuurtUit.BuildingBlocks.Application.Time.SchoolCalendar.Today(TimeProvider.System), reason = "Closed for good." }));

        Assert.Equal("withdrawn", withdrawn["status"]!.GetValue<string>());
        Assert.Equal(0, withdrawn["openClosedReports"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("""{"kind":"closed"}""", "note")]
    [InlineData("""{"kind":"closed","note":""}""", "note")]
    [InlineData("""{"kind":"closed","note":"@long"}""", "note")]
    [InlineData("""{"kind":"closed","note":"Jan (BSN 111222333) zag het."}""", "note")]
    [InlineData("""{"kind":"closed","note":"Jan, 111 222 333, zag het."}""", "note")]
    [InlineData("""{"kind":"gone","note":"x"}""", "kind")]
    [InlineData("""{"note":"x"}""", "kind")]
    public async Task A_bad_report_names_its_field_and_stores_nothing(string body, string field)
    {
        var id = await _map.CreateAsync(MapApi.Unique("partner-steward"));
        var count = $"select count(*) from facilities_reports where FacilityId = '{MapApi.Sql(id)}'";

        var response = await _map.As(Roles.School).PostAsync(
            $"{MapApi.Facilities}/{id}/reports", new StringContent(body.Replace("@long", new string('x', 1001)), Encoding.UTF8, "application/json"));

        var messages = await ProblemAssert.AssertFieldAsync(response, field);
        Assert.DoesNotContain(messages, m => m.Contains("111", StringComparison.Ordinal));
        Assert.Equal(0, await platform.CountAsync(count));
    }

    private Task<HttpResponseMessage> ReportClosedAsync(Guid id, params Guid[] schools) =>
        Report(_map.As(Roles.School, null, schools), id, "closed", "The door is locked and the sign is gone.");

    private static async Task<HttpResponseMessage> Report(HttpClient client, Guid id, string kind, string note)
    {
        var response = await MapApi.SendAsync(client, HttpMethod.Post, $"{MapApi.Facilities}/{id}/reports", new { kind, note });
        if (response.StatusCode != HttpStatusCode.UnprocessableEntity)
        {
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        }

        return response;
    }
}
