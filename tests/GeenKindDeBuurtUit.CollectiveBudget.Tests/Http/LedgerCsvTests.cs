using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.CollectiveBudget.Tests.Support;
using GeenKindDeBuurtUit.Testing;
using Snapshooter.Xunit;

namespace GeenKindDeBuurtUit.CollectiveBudget.Tests.Http;

[Collection("platform")]
public sealed partial class LedgerCsvTests(PlatformFactory platform)
{
    private const string Year = "2035-2036";

    [Fact]
    public async Task The_ledger_as_csv_opens_in_a_spreadsheet_with_decimal_points_utf8_names_and_every_entry_and_runs_no_formula()
    {
        var pilot = await Pilot.LoadAsync(platform);
        var area = PilotIds.Osdorp;
        var boards = pilot.BoardsIn(area);
        var cluster = pilot.Clusters.Where(c => c.AreaId == area).OrderBy(c => c.Name).First();
        using var swv = platform.ClientAs(Roles.Swv);
        var first = await (await swv.ContributeAsync(Year, area, boards[0], 10_000m, "fin-001")).EntryAsync();
        await swv.ContributeAsync(Year, area, boards[1], 2_500.5m, "SWV pool, 2035 \"Q1\"", "swv-pooled");
        await swv.AllocateAsync(Year, area, "cluster", cluster.Id, 1_234.56m, "Taalklas, groep 1-2 (één jaar)");
        await swv.AllocateAsync(Year, area, "area", area, 99.99m, "=HYPERLINK(\"http://example.org\")");
        await swv.AllocateAsync(Year, area, "area", area, 1m, "@SUM(A1:A9)");
        await swv.CorrectAsync(Year, area, first.Id, "-1+1: booked on the wrong board");

        var request = new HttpRequestMessage(HttpMethod.Get, $"{BudgetApi.Area(Year, area)}/ledger");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var response = await swv.SendAsync(request);

        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var csv = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Contains(",correction,-10000.00,", csv, StringComparison.Ordinal); // a negative amount stays a number
        Assert.Contains(",'-1+1: booked on the wrong board,", csv, StringComparison.Ordinal);
        Assert.Contains(",'@SUM(A1:A9),", csv, StringComparison.Ordinal);
        Assert.Contains($",{PilotIds.Osdorp},Osdorp,", csv, StringComparison.Ordinal); // names, not only ids
        Snapshot.Match(Stable(csv, pilot));
    }

    // Ids, times and token subjects differ per run; the pilot's area, clusters and boards are shown by name.
    private static string Stable(string csv, Pilot pilot)
    {
        var names = new Dictionary<string, string> { [PilotIds.Osdorp.ToString()] = "<area Osdorp>" };
        foreach (var cluster in pilot.Clusters)
        {
            names[cluster.Id.ToString()] = $"<{cluster.Name}>";
        }

        foreach (var board in pilot.Boards)
        {
            names[board.Id.ToString()] = $"<{board.Name}>";
        }

        var entries = new Dictionary<string, string>();
        csv = Guid().Replace(csv, m => names.GetValueOrDefault(m.Value) ?? entries.GetValueOrDefault(m.Value) ?? (entries[m.Value] = $"<entry {entries.Count + 1}>"));
        csv = Timestamp().Replace(csv, "<booked at>");
        return Subject().Replace(csv, "<subject>");
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Guid();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")]
    private static partial Regex Timestamp();

    [GeneratedRegex("test-[0-9a-f]{8}")]
    private static partial Regex Subject();
}
