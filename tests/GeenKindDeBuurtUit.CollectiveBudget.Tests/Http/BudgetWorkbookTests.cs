using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Tests.Support;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.CollectiveBudget.Tests.Http;

[Collection("platform")]
public sealed partial class BudgetWorkbookTests(PlatformFactory platform)
{
    private const string Year = "2039-2040";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // Which summary column each ledger kind adds up to; a correction counts as the kind it corrects.
    private static readonly Dictionary<string, string> SummaryColumnOfKind = new()
    {
        ["Bijdrage bestuur"] = "Bijdragen", ["Gebundeld door SWV"] = "Bijdragen", ["Vrijgevallen middelen"] = "Vrijgevallen middelen",
        ["Toekenning"] = "Toegekend", ["Inzet expertiseschil"] = "Besteed",
    };

    [Fact]
    public async Task The_ledger_as_xlsx_is_the_areas_workbook_in_dutch_whose_ledger_adds_up_to_its_summary()
    {
        var fresh = await BookAsync("Werkboek Noord");
        using var admin = platform.Admin();

        var response = await GetAsync(admin, BudgetApi.Area(Year, fresh.AreaId) + "/ledger", Xlsx, "nl-NL, en;q=0.5");

        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal(Xlsx, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"budget-{Year}-{fresh.AreaId}.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var sheets = Workbooks.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Samenvatting", "Grootboek", "Verrekening"], sheets.Select(s => s.Name));
        Assert.All(sheets, s => Assert.Equal(1, s.FrozenRows));

        var summary = sheets.Sheet("Samenvatting");
        var json = await admin.SummaryAsync(Year, fresh.AreaId);
        Assert.Equal(["Werkboek Noord"], summary.Column("Gebied").Select(c => c.Text));
        Assert.Equal(json.Contributions, summary.Column("Bijdragen")[0].Number);
        Assert.Equal(json.Remaining, summary.Column("Resterend")[0].Number);
        Assert.Equal("\"€\" #,##0.00;\"€\" -#,##0.00", summary.Column("Bijdragen")[0].Format);

        var ledger = sheets.Sheet("Grootboek");
        Assert.Equal(4, ledger.Body.Count);
        var kinds = ledger.Column("Soort").Zip(ledger.Column("Gecorrigeerde soort"), (kind, corrected) => string.IsNullOrEmpty(corrected.Text) ? kind.Text! : corrected.Text);
        var sums = kinds.Zip(ledger.Column("Bedrag"), (kind, amount) => (Column: SummaryColumnOfKind[kind], amount.Number!.Value))
            .GroupBy(k => k.Column).ToDictionary(g => g.Key, g => g.Sum(k => k.Value));
        foreach (var (column, sum) in sums)
        {
            Assert.Equal(summary.Column(column)[0].Number, sum);
        }

        Assert.Equal(1_234.5m, sums["Bijdragen"]);
        Assert.Equal(200.25m, sums["Toegekend"]);
        Assert.Contains(ledger.Column("Soort"), c => c.Text == "Correctie");
        Assert.Contains(ledger.Column("Corrigeert volgnummer"), c => c.Number is not null);
        Assert.Contains("Werkboek Noord school", ledger.Column("Bestemd voor").Select(c => c.Text));
        Assert.Contains("Werkboek Noord board", ledger.Column("Bestuur").Select(c => c.Text));
        var booked = ledger.Column("Geboekt op (UTC)")[0];
        Assert.Equal("dd-mm-yyyy hh:mm", booked.Format);
        Assert.InRange(booked.Date!.Value, DateTime.UtcNow.AddHours(-1), DateTime.UtcNow.AddMinutes(1));

        var reconciliation = sheets.Sheet("Verrekening");
        Assert.Contains(reconciliation.Body, r => r[0].Text == "Gebied totaal" && r[2].Text == "Werkboek Noord" && r[3].Number == json.Contributions);
        Assert.All(sheets.SelectMany(s => s.Rows).SelectMany(r => r), c => Assert.False(GuidPattern().IsMatch(c.Text ?? ""), $"'{c.Text}' is an id, not a name"));
    }

    [Fact]
    public async Task The_reconciliation_as_xlsx_is_in_english_by_default_and_a_treasurer_sees_only_its_boards()
    {
        var fresh = await BookAsync("Werkboek Zuid");
        using var treasurer = platform.ClientAs(Roles.Treasurer, boards: [fresh.BoardId]);

        var response = await GetAsync(treasurer, $"/api/v1/budgets/{Year}/reconciliation", Xlsx);

        await response.AssertStatusAsync(HttpStatusCode.OK);
        var sheets = Workbooks.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Summary", "Ledger", "Reconciliation"], sheets.Select(s => s.Name));
        Assert.Equal(["Werkboek Zuid"], sheets.Sheet("Summary").Column("Area").Select(c => c.Text));
        Assert.All(sheets.Sheet("Reconciliation").Body.Where(r => r[0].Text != "Area total"), r => Assert.Equal("Werkboek Zuid board", r[1].Text));
        Assert.All(sheets.Sheet("Ledger").Column("Area"), c => Assert.Equal("Werkboek Zuid", c.Text));
    }

    [Fact]
    public async Task A_treasurer_asking_for_the_workbook_of_an_area_of_another_board_gets_404_as_for_json()
    {
        var fresh = await BookAsync("Werkboek West");
        using var treasurer = platform.ClientAs(Roles.Treasurer, boards: [fresh.BoardId]);

        var response = await GetAsync(treasurer, BudgetApi.Area(Year, PilotIds.Osdorp) + "/ledger", Xlsx);

        await response.AssertStatusAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Csv_listed_as_well_as_xlsx_keeps_answering_csv_and_no_accept_keeps_json()
    {
        var fresh = await BookAsync("Werkboek Oost");
        using var admin = platform.Admin();
        var path = BudgetApi.Area(Year, fresh.AreaId) + "/ledger";

        var both = await GetAsync(admin, path, $"text/csv, {Xlsx}");
        var preferred = await GetAsync(admin, path, $"text/csv;q=0.5, {Xlsx}");
        var json = await admin.GetAsync(path);

        Assert.Equal("text/csv", both.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Xlsx, preferred.Content.Headers.ContentType!.MediaType);
        Assert.Equal("application/json", json.Content.Headers.ContentType!.MediaType);
        Assert.Equal(4, (await json.Content.ReadFromJsonAsync<PagedBody>())!.Items.Count);
    }

    // Each test has an area of its own: a contribution, an allocation to its school, and a contribution booked twice and corrected.
    private async Task<FreshArea> BookAsync(string areaName)
    {
        var fresh = await FreshArea.RegisterAsync(platform, areaName);
        using var admin = platform.Admin();
        await (await admin.ContributeAsync(Year, fresh.AreaId, fresh.BoardId, 1_234.5m, $"{areaName}-1")).AssertStatusAsync(HttpStatusCode.Created);
        await (await admin.AllocateAsync(Year, fresh.AreaId, "school", fresh.SchoolId, 200.25m)).AssertStatusAsync(HttpStatusCode.Created);
        var twice = await (await admin.ContributeAsync(Year, fresh.AreaId, fresh.BoardId, 99m, $"{areaName}-2")).EntryAsync();
        await (await admin.CorrectAsync(Year, fresh.AreaId, twice.Id)).AssertStatusAsync(HttpStatusCode.Created);
        return fresh;
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string accept, string? language = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        if (language is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", language);
        }

        return await client.SendAsync(request);
    }

    private sealed record PagedBody(IReadOnlyList<LedgerEntryDto> Items);

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.IgnoreCase)]
    private static partial Regex GuidPattern();
}
