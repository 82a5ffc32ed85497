using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using GeenKindDeBuurtUit.Testing;
using Snapshooter;
using Snapshooter.Xunit;

namespace GeenKindDeBuurtUit.Monitoring.Tests.Api;

/// <summary>
/// Every monitoring read answers CSV with <c>Accept: text/csv</c>. The snapshots are the files an
/// analyst downloads, built from cases in 2012-2013 and 2013-2014 (this class's years) in Bos en
/// Lommer cluster 2; all its cases close after 2013-2014.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class CsvTests(PlatformFactory platform) : IAsyncLifetime
{
    private const string Year = "schoolYear=2013-2014";
    private Pilot _pilot = null!;

    public async Task InitializeAsync()
    {
        _pilot = await Pilot.ReadAsync(platform.Admin());
        var bosEnLommer = _pilot.Areas["Bos en Lommer"];
        if (Figures.Count(Figures.Row(await Figures.GetAsync(platform.Admin(), $"referrals?{Year}"), bosEnLommer), "referrals") > 0)
        {
            return;
        }

        var cases = new Cases(platform.ClientAs("swv"));
        var (tijl, zijderoute) = (_pilot.Schools["Tijl Uilenspiegelschool"], _pilot.Schools["Zijderoute"]);
        var opened = new List<Guid>();
        foreach (var (school, heldOn, type, category) in new (Guid, string, string, string?)[]
        {
            (tijl, "2012-10-01", "sbo", null), (tijl, "2012-11-01", "sbo", null), (tijl, "2013-01-10", "so", "medium"), (tijl, "2013-02-01", "sbo", null),
            (tijl, "2013-03-01", "sbo", null), (zijderoute, "2013-04-01", "so", "low"), (tijl, "2013-10-01", "sbo", null), (tijl, "2013-11-01", "sbo", null),
            (tijl, "2014-01-10", "so", "high"), (zijderoute, "2013-12-01", "sbo", null), (zijderoute, "2014-02-01", "sbo", null),
        })
        {
            opened.Add(await cases.ReferredAsync(school, heldOn, type, category));
        }

        await cases.AtHomeAsync(opened[^1], "2014-03-01");
        foreach (var id in opened)
        {
            await cases.CloseAsync(id, "2014-08-01");
        }

        await Figures.UntilAsync(platform.Admin(), $"support?{Year}&groupBy=area", a => Figures.Count(Figures.Row(a, bosEnLommer), "openCases") == 11
            && Figures.Count(Figures.Row(a, bosEnLommer), "level5") == 11, "the cases reach monitoring");
        await Figures.UntilAsync(platform.Admin(), $"thuiszitters?{Year}", a => Figures.Count(Figures.Row(a, bosEnLommer), "currentThuiszitters") == 1
            && Figures.Count(Figures.Row(a, bosEnLommer), "referrals") == 5, "the referrals and the thuiszitter reach monitoring");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("analyst", "referrals", "groupBy=school")]
    [InlineData("analyst", "referrals", "groupBy=cluster")]
    [InlineData("swv", "referrals", "groupBy=school")]
    [InlineData("analyst", "thuiszitters", "")]
    [InlineData("analyst", "support", "groupBy=cluster")]
    [InlineData("swv", "support", "groupBy=school")]
    public async Task A_figure_downloads_as_csv(string role, string figure, string query)
    {
        var csv = await CsvAsync(platform.ClientAs(role), $"/api/v1/monitoring/{figure}?{Year}&{query}");

        Snapshot.Match(csv, SnapshotNameExtension.Create(role, figure, query.Length == 0 ? "areas" : query.Replace("groupBy=", "", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_trend_and_the_targets_download_as_csv_with_a_header_row()
    {
        var analyst = platform.ClientAs("analyst");

        var trend = await CsvAsync(analyst, $"/api/v1/monitoring/trend?areaId={_pilot.Areas["Bos en Lommer"]}");
        var targets = await CsvAsync(analyst, "/api/v1/monitoring/targets");

        var lines = trend.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("areaId,name,schoolYear,referrals,sbo,soLow,soMedium,soHigh,withdrawn,changePct,targetReductionPct,targetReferrals,onTarget,thuiszitters,escalations,otMeetings,otStayDecisions,source,importedThuiszitters", lines[0]);
        Assert.Contains(lines, l => l.Contains(",Bos en Lommer,2013-2014,5,4,0,0,1,0,-16.7,,,,1,0,5,0", StringComparison.Ordinal));
        // Other classes set targets of their own years, before and after the defaults (the closure tests: years long past).
        Assert.StartsWith("schoolYear,reductionPct,isDefault\n", targets, StringComparison.Ordinal);
        Assert.Contains("\n2024-2025,10,true\n2025-2026,30,true\n2026-2027,60,true\n", targets, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\")")]
    [InlineData("+31 20 1234567 belt terug")]
    [InlineData("-1+1 en verder")]
    [InlineData("@SUM(A1:A9)")]
    public async Task An_observation_text_that_a_spreadsheet_would_run_downloads_as_text(string hostile)
    {
        var analyst = platform.ClientAs("analyst");
        var recorded = await analyst.PostAsJsonAsync("/api/v1/monitoring/observations",
            new { on = "2013-11-03", areaId = _pilot.Areas["Bos en Lommer"], principles = new[] { 7 }, text = hostile, authorRole = "municipality" });
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        var id = (await recorded.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!["id"]!.GetValue<Guid>();

        var csv = await CsvAsync(analyst, $"/api/v1/monitoring/observations/{id}");

        var cell = hostile.Contains('"', StringComparison.Ordinal) ? $"\"'{hostile.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : $"'{hostile}";
        Assert.Contains($",{cell},", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_stays_the_answer_unless_csv_is_preferred()
    {
        var client = platform.ClientAs("analyst");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/monitoring/referrals?{Year}");
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Accept.ParseAdd("text/csv;q=0.5");

        var response = await client.SendAsync(request);

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<string> CsvAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var response = await client.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, System.Text.Encoding.UTF8.GetString(bytes));
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.NotNull(response.Content.Headers.ContentDisposition?.FileName);
        Assert.True(bytes is [0xEF, 0xBB, 0xBF, ..], "a byte order mark, as every CSV export has");
        return System.Text.Encoding.UTF8.GetString(bytes[3..]).ReplaceLineEndings("\n");
    }
}
