using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Reconciliation;
using GeenKindDeBuurtUit.CollectiveBudget.Tests.Support;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.CollectiveBudget.Tests.Http;

[Collection("platform")]
public sealed class ReconciliationCsvTests(PlatformFactory platform)
{
    private const string Year = "2038-2039";
    private const string Path = $"/api/v1/budgets/{Year}/reconciliation";
    private const string HostileName = "@SUM(A1) reconciled";
    private const string TreasurersArea = "=1+1 reconciled";

    [Fact]
    public async Task The_reconciliation_as_csv_has_the_json_figures_with_names_a_bom_and_runs_no_formula()
    {
        var (fresh, _) = await BookAsync(HostileName);
        using var admin = platform.Admin();

        var json = (await admin.GetFromJsonAsync<ReconciliationDto>(Path))!;
        var response = await GetCsvAsync(admin, Path);

        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var rows = Rows(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(["row", "schoolYear", "boardId", "boardName", "areaId", "areaName", "contributed", "allocated", "spent"], rows[0]);
        Assert.Equal(Figures(json), rows.Skip(1).Select(r => (r[0], r[2], r[4], r[6], r[7], r[8])).ToHashSet());
        Assert.Contains(rows, r => r[0] == "board-area" && r[2] == fresh.BoardId.ToString() && r[3] == $"'{HostileName} board" && r[5] == $"'{HostileName}");
        Assert.Contains(rows, r => r[0] == "board-area" && r[2] == fresh.BoardId.ToString() && r[6] == "1234.50" && r[7] == "200.25");
    }

    [Fact]
    public async Task A_treasurer_gets_only_its_own_boards_in_the_csv()
    {
        var (fresh, otherBoard) = await BookAsync(TreasurersArea);
        using var treasurer = platform.ClientAs(Roles.Treasurer, boards: [fresh.BoardId]);

        var response = await GetCsvAsync(treasurer, Path);

        await response.AssertStatusAsync(HttpStatusCode.OK);
        var rows = Rows(Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync())[3..])).Skip(1).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows.Where(r => r[0] != "area"), r => Assert.Equal(fresh.BoardId.ToString(), r[2]));
        Assert.All(rows.Where(r => r[0] == "area"), r => Assert.Equal(fresh.AreaId.ToString(), r[4]));
        await (await GetCsvAsync(treasurer, $"{Path}?boardId={otherBoard}")).AssertStatusAsync(HttpStatusCode.NotFound);
    }

    // Each test registers an area of its own (names are unique), with the one board it books for.
    private async Task<(FreshArea Fresh, Guid OtherBoard)> BookAsync(string areaName)
    {
        var pilot = await Pilot.LoadAsync(platform);
        var fresh = await FreshArea.RegisterAsync(platform, areaName);
        var otherBoard = pilot.BoardsIn(PilotIds.Osdorp)[0];
        using var admin = platform.Admin();
        await admin.ContributeAsync(Year, PilotIds.Osdorp, otherBoard, 100m, "rec-csv-other");
        await (await admin.ContributeAsync(Year, fresh.AreaId, fresh.BoardId, 1_234.5m, "rec-csv-fresh")).AssertStatusAsync(HttpStatusCode.Created);
        await (await admin.AllocateAsync(Year, fresh.AreaId, "school", fresh.SchoolId, 200.25m)).AssertStatusAsync(HttpStatusCode.Created);

        return (fresh, otherBoard);
    }

    private static async Task<HttpResponseMessage> GetCsvAsync(HttpClient client, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        return await client.SendAsync(request);
    }

    private static HashSet<(string, string, string, string, string, string)> Figures(ReconciliationDto json)
    {
        static string Amount(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
        return json.Boards.SelectMany(b => b.Areas.Select(a => ("board-area", b.BoardId.ToString(), a.AreaId.ToString(), Amount(a.Contributed), Amount(a.Allocated), Amount(a.Spent))))
            .Concat(json.Boards.Select(b => ("board", b.BoardId.ToString(), string.Empty, Amount(b.Contributed), Amount(b.Allocated), Amount(b.Spent))))
            .Concat(json.Areas.Select(a => ("area", string.Empty, a.AreaId.ToString(), Amount(a.Contributions), Amount(a.Allocated), Amount(a.Spent))))
            .ToHashSet();
    }

    // Enough of RFC 4180 for these rows: quoted cells with doubled quotes, CRLF line ends.
    private static List<string[]> Rows(string csv) =>
        csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(line =>
        {
            var cells = new List<string>();
            var cell = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < line.Length; i++)
            {
                switch (line[i])
                {
                    case '"' when quoted && i + 1 < line.Length && line[i + 1] == '"':
                        cell.Append('"');
                        i++;
                        break;
                    case '"':
                        quoted = !quoted;
                        break;
                    case ',' when !quoted:
                        cells.Add(cell.ToString());
                        cell.Clear();
                        break;
                    default:
                        cell.Append(line[i]);
                        break;
                }
            }

            cells.Add(cell.ToString());
            return cells.ToArray();
        }).ToList();
}
