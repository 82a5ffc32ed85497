using GeenKindDeBuurtUit.Host.Pages.Shared;
using GeenKindDeBuurtUit.Platform.Spreadsheets;
using GeenKindDeBuurtUit.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.Host.Tests.Pages;

/// <summary>The table every chart is drawn from and every download is made of, as the _Table partial writes it.</summary>
[Collection(HostCollection.Name)]
public sealed class PageTableTests(PlatformFactory platform)
{
    private static readonly PageTable Referrals = new(
        "verwijzingen",
        "Verwijzingen per school",
        new SheetTable(
            "Verwijzingen",
            [new SheetColumn("School", CellKind.Text), new SheetColumn("Verwijzingen", CellKind.Count), new SheetColumn("Bijdrage", CellKind.Euro), new SheetColumn("Doel", CellKind.Percent)],
            [
                [new SheetCell("De Regenboog"), new SheetCell(1234), new SheetCell(1234.5m), new SheetCell(12.5m)],
                [new SheetCell("'t Kompas"), new SheetCell(null, "< 5"), new SheetCell(-12m), new SheetCell(null)],
            ]),
        "bars-target");

    [Fact]
    public async Task Numbers_are_shown_in_dutch_and_carried_invariant_for_the_chart_and_a_suppressed_count_never_reaches_the_html()
    {
        var html = await RenderAsync(Referrals, "?jaar=2025&gebied=abc&tabel=oud&vorm=xlsx", language: null);

        Assert.Contains("<div class=\"chart\" data-chart=\"bars-target\" data-table=\"verwijzingen\" role=\"img\" aria-label=\"Grafiek: Verwijzingen per school. De tabel hieronder bevat dezelfde cijfers.\"></div>", html, StringComparison.Ordinal);
        Assert.Contains("<table id=\"verwijzingen\">", html, StringComparison.Ordinal);
        Assert.Contains("<caption id=\"verwijzingen-caption\">Verwijzingen per school</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\" class=\"text\">School</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\" class=\"number\">Verwijzingen</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"text\">De Regenboog</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"number\" data-value=\"1234\">1.234</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"number\" data-value=\"1234.5\">€ 1.234,50</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"number\" data-value=\"12.5\">12,5%</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"number\" data-value=\"-12\">€ -12,00</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"number\">&lt; 5</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"text\">&#x27;t Kompas</td>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/app/monitoring?jaar=2025&amp;gebied=abc&amp;tabel=verwijzingen&amp;vorm=csv\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/app/monitoring?jaar=2025&amp;gebied=abc&amp;tabel=verwijzingen&amp;vorm=xlsx\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("oud", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_english_the_same_cells_read_the_english_way_with_the_same_machine_values()
    {
        var html = await RenderAsync(Referrals with { Chart = null }, string.Empty, language: "en");

        Assert.DoesNotContain("class=\"chart\"", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"number\" data-value=\"1234\">1,234</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"number\" data-value=\"1234.5\">€ 1,234.50</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"number\">&lt; 5</td>", html, StringComparison.Ordinal);
        Assert.Contains("Excel workbook (XLSX)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_read_as_dutch_readers_write_them_and_as_iso_for_machines()
    {
        var date = new SheetCell(new DateOnly(2026, 12, 5));
        var moment = new SheetCell(new DateTime(2026, 3, 1, 9, 5, 0, DateTimeKind.Utc));

        Assert.Equal("5-12-2026", PageFormat.For(PageLanguage.Dutch).Shown(date, CellKind.Date));
        Assert.Equal("5 Dec 2026", PageFormat.For(PageLanguage.English).Shown(date, CellKind.Date));
        Assert.Equal("2026-12-05", PageFormat.Invariant(date, CellKind.Date));
        Assert.Equal("1-3-2026 09:05", PageFormat.For(PageLanguage.Dutch).Shown(moment, CellKind.DateTime));
        Assert.Equal("2026-03-01T09:05:00", PageFormat.Invariant(moment, CellKind.DateTime));
        Assert.Equal("maart", PageFormat.For(PageLanguage.Dutch).Month(3));
        Assert.Null(PageFormat.Invariant(new SheetCell("tekst"), CellKind.Text));
    }

    private async Task<string> RenderAsync(PageTable table, string query, string? language)
    {
        using var scope = platform.Services.CreateScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.Request.Path = "/app/monitoring";
        http.Request.QueryString = new QueryString(string.IsNullOrEmpty(query) ? null : query);
        if (language is not null)
        {
            http.Request.Headers.Cookie = $"{PageLanguage.Cookie}={language}";
        }

        var action = new ActionContext(http, new RouteData(), new ActionDescriptor());
        var view = scope.ServiceProvider.GetRequiredService<ICompositeViewEngine>().GetView(null, "/Pages/Shared/_Table.cshtml", isMainPage: false).EnsureSuccessful([]).View!;
        using var writer = new StringWriter();
        var data = new ViewDataDictionary<PageTable>(new EmptyModelMetadataProvider(), new ModelStateDictionary()) { Model = table };
        var temp = new TempDataDictionary(http, scope.ServiceProvider.GetRequiredService<ITempDataProvider>());
        await view.RenderAsync(new ViewContext(action, view, data, temp, writer, new HtmlHelperOptions()));
        return writer.ToString();
    }
}
