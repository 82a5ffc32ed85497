using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GeenKindDeBuurtUit.Testing;
using Microsoft.Playwright;

namespace GeenKindDeBuurtUit.Pages.Tests;

/// <summary>
/// The monitoring dashboard with the seeded pilot and with figures the SWV imported through the API: Osdorp's
/// referrals of 2019-2020 (El Amien 1 ten, Lukkasschool two, IKC het Talent none) and 2020-2021 (El Amien 1 three),
/// and its thuiszitters of both years (one, then three). So in 2020-2021 Osdorp referred fewer children while more
/// sat at home: the guard's signal. This class owns those two school years.
/// </summary>
[Collection(PagesCollection.Name)]
public sealed class MonitoringPageTests(PagesHost host)
{
    private const string Imported = "2019-2020", Next = "2020-2021";
    private static readonly SemaphoreSlim Arranging = new(1, 1);
    private static bool _arranged;

    private static string Dashboard(string year, string level) => $"/app/monitoring?jaar={year}&gebied={PilotIds.Osdorp}&niveau={level}";

    [BrowserFact]
    public async Task Every_chart_is_drawn_from_the_seeded_figures()
    {
        var page = await host.SignedInAsync("swv");

        var response = await page.GotoAsync("/app/monitoring");

        Assert.Equal(200, response!.Status);
        await AssertChartsDrawnAsync(page);
        await PagesHost.AssertAccessibleAsync(page);
        PagesHost.AssertNoBrowserProblems(page);
    }

    [BrowserFact]
    public async Task Imported_figures_are_drawn_and_the_guard_signals_fewer_referrals_with_more_thuiszitters()
    {
        await ArrangeAsync();
        var page = await host.SignedInAsync("swv");

        await page.GotoAsync(Dashboard(Next, "bondje"));

        await AssertChartsDrawnAsync(page);
        var cluster = Row(await CellsAsync(page, "verwijzingen"), "Osdorp cluster 1");
        Assert.Equal(new[] { "3", "12", "-75" }, new[] { cluster[1].Value, cluster[4].Value, cluster[5].Value });
        Assert.Equal("geïmporteerd", Row(await CellsAsync(page, "verloop"), Imported)[6].Text);
        Assert.Equal("minder verwijzingen, meer thuiszitters", Row(await CellsAsync(page, "thuiszitters"), "Osdorp")[4].Text);
        Assert.Contains("Osdorp", await page.InnerTextAsync(".signal"), StringComparison.Ordinal);
        await PagesHost.AssertAccessibleAsync(page);
        PagesHost.AssertNoBrowserProblems(page);
        await PagesHost.ScreenshotAsync(page, "monitoring");
    }

    [BrowserFact]
    public async Task An_analyst_sees_less_than_five_where_the_swv_sees_the_number()
    {
        await ArrangeAsync();
        var analyst = await host.SignedInAsync("analyst");
        var swv = await host.SignedInAsync("swv");

        await analyst.GotoAsync(Dashboard(Imported, "school"));
        await swv.GotoAsync(Dashboard(Imported, "school"));

        var hidden = Row(await CellsAsync(analyst, "verwijzingen"), "Lukkasschool")[1];
        var shown = Row(await CellsAsync(swv, "verwijzingen"), "Lukkasschool")[1];
        Assert.Equal("< 5", hidden.Text);
        Assert.True(string.IsNullOrEmpty(hidden.Value), $"A hidden count carries no number, yet data-value is '{hidden.Value}'.");
        Assert.Equal(new[] { "2", "2" }, new[] { shown.Text, shown.Value });
        Assert.Contains("< 5", await analyst.InnerTextAsync("main"), StringComparison.Ordinal);
        await AssertChartsDrawnAsync(analyst);
        PagesHost.AssertNoBrowserProblems(analyst);
    }

    [BrowserFact]
    public async Task The_csv_download_is_the_table_shown_written_for_dutch_excel()
    {
        await ArrangeAsync();
        var page = await host.SignedInAsync("swv");
        await page.GotoAsync(Dashboard(Next, "bondje"));

        var (content, name) = await PagesHost.DownloadAsync(page, "a[href*='tabel=verwijzingen'][href*='vorm=csv']");

        Assert.EndsWith(".csv", name, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetPreamble(), content[..3]);
        var lines = Encoding.UTF8.GetString(content[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var csv = lines.Skip(1).Select(l => l.Split(';')).ToList();
        Assert.Equal(await HeadersAsync(page, "verwijzingen"), lines[0].Split(';'));
        Assert.Contains("-75,0", lines.Single(l => l.StartsWith("Osdorp cluster 1;", StringComparison.Ordinal)).Split(';'));
        AssertSameCells(await CellsAsync(page, "verwijzingen"), csv.Select(r => r.Select(field => DutchNumber(field) ?? field).ToList()).ToList());
    }

    [BrowserFact]
    public async Task The_xlsx_download_opens_with_the_cells_of_the_table_shown()
    {
        await ArrangeAsync();
        var page = await host.SignedInAsync("analyst");
        await page.GotoAsync(Dashboard(Imported, "school"));

        var (content, name) = await PagesHost.DownloadAsync(page, "a[href*='tabel=verwijzingen'][href*='vorm=xlsx']");

        Assert.EndsWith(".xlsx", name, StringComparison.Ordinal);
        var sheet = Assert.Single(Workbooks.Read(content));
        Assert.Equal(await HeadersAsync(page, "verwijzingen"), sheet.Header);
        Assert.Equal(1, sheet.FrozenRows);
        AssertSameCells(await CellsAsync(page, "verwijzingen"), sheet.Body.Select(r => r.Select(NumberOrText).ToList()).ToList());
        Assert.Contains(sheet.Body, r => r[1].Text == "< 5");
    }

    [BrowserFact]
    public async Task A_treasurer_may_not_open_the_dashboard()
    {
        var page = await host.SignedInAsync("treasurer");

        var response = await page.GotoAsync("/app/monitoring");

        Assert.Equal(403, response!.Status);
    }

    /// <summary>Every chart element holds the canvas ECharts drew in it.</summary>
    private static async Task AssertChartsDrawnAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('[data-chart]')].every(c => c.querySelector('canvas'))");
        var charts = await page.Locator("[data-chart]").CountAsync();
        Assert.Equal(5, charts);
        Assert.Equal(charts, await page.Locator("[data-chart] canvas").CountAsync());
    }

    private sealed record Cell(string Text, string? Value);

    private static Task<string[]> HeadersAsync(IPage page, string table) =>
        page.EvalOnSelectorAllAsync<string[]>($"#{table} thead th", "ths => ths.map(th => th.textContent.trim())");

    // Read as JSON text: Playwright's own conversion cannot build records.
    private static async Task<List<List<Cell>>> CellsAsync(IPage page, string table) =>
        JsonSerializer.Deserialize<List<List<Cell>>>(await page.EvalOnSelectorAllAsync<string>(
            $"#{table} tbody tr",
            "rows => JSON.stringify(rows.map(r => [...r.cells].map(c => ({ Text: c.textContent.trim(), Value: c.getAttribute('data-value') }))))"))!;

    private static List<Cell> Row(List<List<Cell>> rows, string name) => rows.Single(r => r[0].Text == name);

    /// <summary>A number cell holds the number the page carries in data-value; any other cell (a hidden count's data-value is empty) the text it shows.</summary>
    private static void AssertSameCells(List<List<Cell>> shown, List<List<object>> downloaded)
    {
        Assert.Equal(shown.Count, downloaded.Count);
        for (var r = 0; r < shown.Count; r++)
        {
            Assert.Equal(shown[r].Count, downloaded[r].Count);
            for (var c = 0; c < shown[r].Count; c++)
            {
                var cell = shown[r][c];
                object expected = cell.Value is { Length: > 0 } value ? decimal.Parse(value, CultureInfo.InvariantCulture) : cell.Text;
                Assert.True(Equals(expected, downloaded[r][c]), $"row {r + 1}, column {c + 1}: the page shows {expected}, the download holds {downloaded[r][c]}");
            }
        }
    }

    /// <summary>A percentage is a fraction in a workbook (-0.75 shown as -75.0%), a percent on the page.</summary>
    private static object NumberOrText(WorkbookCell cell) => cell.Number is { } number
        ? cell.Format?.Contains('%', StringComparison.Ordinal) == true ? number * 100 : number
        : cell.Text ?? string.Empty;

    private static object? DutchNumber(string field) =>
        field.Length > 0 && (char.IsDigit(field[^1]) && (char.IsDigit(field[0]) || field[0] == '-'))
            && decimal.TryParse(field, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, DutchNumbers, out var number) ? number : null;

    private static readonly NumberFormatInfo DutchNumbers = new() { NumberDecimalSeparator = ",", NegativeSign = "-" };

    /// <summary>Imports the two years once for the whole class, through the API as the SWV does.</summary>
    private async Task ArrangeAsync()
    {
        await Arranging.WaitAsync();
        try
        {
            if (_arranged)
            {
                return;
            }

            var swv = host.Api("swv");
            var schools = await swv.GetFromJsonAsync<List<School>>("/api/v1/schools") ?? [];
            Guid School(string name) => schools.Single(s => s.Name == name).Id;

            await PutAsync(swv, $"/api/v1/referral-history/{Imported}", new
            {
                source = "Jaarverslag SWV",
                rows = new[] { Referrals(School("El Amien 1"), 10), Referrals(School("Lukkasschool"), 2), Referrals(School("IKC het Talent"), 0) },
            });
            await PutAsync(swv, $"/api/v1/referral-history/{Next}", new { source = "Jaarverslag SWV", rows = new[] { Referrals(School("El Amien 1"), 3) } });
            await PutAsync(swv, $"/api/v1/thuiszitter-history/{Imported}", new { source = "Leerplicht", rows = new[] { new { areaId = PilotIds.Osdorp, count = 1 } } });
            await PutAsync(swv, $"/api/v1/thuiszitter-history/{Next}", new { source = "Leerplicht", rows = new[] { new { areaId = PilotIds.Osdorp, count = 3 } } });
            await UntilImportedAsync(swv);
            _arranged = true;
        }
        finally
        {
            Arranging.Release();
        }
    }

    private static object Referrals(Guid school, int sbo) => new { schoolId = school, sbo, soLow = 0, soMedium = 0, soHigh = 0 };

    private static async Task PutAsync(HttpClient client, string path, object body)
    {
        var response = await client.PutAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Monitoring counts the imports when their events arrive, which may be a moment after the import.</summary>
    private static async Task UntilImportedAsync(HttpClient swv)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var figures = await swv.GetFromJsonAsync<ThuiszitterFigures>($"/api/v1/monitoring/thuiszitters?schoolYear={Next}");
            if (figures!.Rows.Any(r => r.Id == PilotIds.Osdorp && r.FewerReferralsMoreThuiszitters && r.PreviousYearReferrals == 12))
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("The imported history did not reach monitoring.");
    }

    private sealed record School(Guid Id, string Name);

    private sealed record ThuiszitterFigures(List<ThuiszitterRow> Rows);

    private sealed record ThuiszitterRow(Guid Id, int PreviousYearReferrals, bool FewerReferralsMoreThuiszitters);
}
