using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.Host.Pages.App;
using GeenKindDeBuurtUit.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.Pages.Tests;

/// <summary>
/// The treasurer's page: an area's budget as a chart and its table, the ledger with names, the reconciliation per
/// board and the workbook, for the areas where the treasurer's boards have schools, and "Geen toegang" elsewhere.
/// Each test books in areas of its own, in a school year no other test uses.
/// </summary>
[Collection(PagesCollection.Name)]
public sealed partial class BudgetPageTests(PagesHost host)
{
    private const string Year = "2041-2042";

    // Which summary column each ledger kind adds up to; a correction counts as the kind it corrects.
    private static readonly Dictionary<string, string> SummaryColumnOfKind = new()
    {
        ["Bijdrage bestuur"] = "Bijdragen", ["Gebundeld door SWV"] = "Bijdragen", ["Vrijgevallen middelen"] = "Vrijgevallen middelen",
        ["Toekenning"] = "Toegekend", ["Inzet expertiseschil"] = "Besteed",
    };

    [BrowserFact]
    public async Task A_treasurer_sees_its_areas_budget_and_ledger_with_names_and_no_ids()
    {
        var area = await BookAsync("Budgetpagina Noord");

        var page = await host.SignedInAsync(Roles.Treasurer, boards: [area.BoardId]);
        var response = await page.GotoAsync($"/app/budget?jaar={Year}&gebied={area.AreaId}");

        Assert.Equal(200, response!.Status);
        Assert.Equal(1, await page.Locator("[data-chart=bars][data-table=budget]").CountAsync());
        var figures = await page.InnerTextAsync("#budget");
        Assert.Contains("€ 1.234,50", figures, StringComparison.Ordinal);
        var ledger = await page.InnerTextAsync("#grootboek");
        Assert.Contains("Budgetpagina Noord board", ledger, StringComparison.Ordinal);
        Assert.Contains("Budgetpagina Noord school", ledger, StringComparison.Ordinal);
        Assert.Contains("Bijdrage bestuur", ledger, StringComparison.Ordinal);
        Assert.Contains("Correctie", ledger, StringComparison.Ordinal);
        Assert.DoesNotMatch(GuidPattern(), ledger);
        Assert.DoesNotMatch(GuidPattern(), await page.InnerTextAsync("#verrekening"));
        Assert.Contains("Budgetpagina Noord", await page.InnerTextAsync("#gebied"), StringComparison.Ordinal);
        // The chart is drawn from its table by the served script, with nothing the page's CSP refuses.
        await page.WaitForFunctionAsync("() => document.querySelector('[data-chart=bars][data-table=budget] canvas') !== null");
        await PagesHost.AssertAccessibleAsync(page);
        PagesHost.AssertNoBrowserProblems(page);
        await PagesHost.ScreenshotAsync(page, "budget");
    }

    [BrowserFact]
    public async Task The_workbook_downloaded_from_the_page_has_a_ledger_that_adds_up_to_its_summary()
    {
        var area = await BookAsync("Budgetpagina Zuid");
        var page = await host.SignedInAsync(Roles.Treasurer, boards: [area.BoardId]);
        await page.GotoAsync($"/app/budget?jaar={Year}&gebied={area.AreaId}");

        var (content, fileName) = await PagesHost.DownloadAsync(page, "#werkmap");

        Assert.Equal($"budget-{Year}-budgetpagina-zuid.xlsx", fileName);
        var sheets = Workbooks.Read(content);
        Assert.Equal(["Samenvatting", "Grootboek", "Verrekening"], sheets.Select(s => s.Name));
        var summary = sheets.Sheet("Samenvatting");
        var ledger = sheets.Sheet("Grootboek");
        var kinds = ledger.Column("Soort").Zip(ledger.Column("Gecorrigeerde soort"), (kind, corrected) => string.IsNullOrEmpty(corrected.Text) ? kind.Text! : corrected.Text);
        var sums = kinds.Zip(ledger.Column("Bedrag"), (kind, amount) => (Column: SummaryColumnOfKind[kind], amount.Number!.Value))
            .GroupBy(k => k.Column).ToDictionary(g => g.Key, g => g.Sum(k => k.Value));
        Assert.Equal(["Bijdragen", "Toegekend"], sums.Keys.Order());
        foreach (var (column, sum) in sums)
        {
            Assert.Equal(summary.Column(column)[0].Number, sum);
        }

        Assert.Equal(1_234.5m, summary.Column("Bijdragen")[0].Number);
        Assert.Equal(1_034.25m, summary.Column("Resterend")[0].Number);
    }

    [BrowserFact]
    public async Task A_treasurer_of_another_board_gets_geen_toegang_for_an_area_it_has_no_schools_in()
    {
        var mine = await BookAsync("Budgetpagina West");
        var theirs = await BookAsync("Budgetpagina Oost");
        var page = await host.SignedInAsync(Roles.Treasurer, boards: [mine.BoardId]);

        var response = await page.GotoAsync($"/app/budget?jaar={Year}&gebied={theirs.AreaId}");

        Assert.Equal(403, response!.Status);
        Assert.Equal("Geen toegang", (await page.InnerTextAsync("h1")).Trim());
        Assert.DoesNotContain("Budgetpagina Oost board", await page.ContentAsync(), StringComparison.Ordinal);
        var unknown = await page.GotoAsync($"/app/budget?jaar={Year}&gebied={Guid.NewGuid()}");
        Assert.Equal(404, unknown!.Status);
        await PagesHost.AssertAccessibleAsync(page);
    }

    [Fact]
    public void The_page_admits_the_roles_the_budget_api_admits()
    {
        var endpoints = host.Platform.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var api = endpoints.Single(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName == "GetBudgetSummary");
        var apiRoles = api.Metadata.GetOrderedMetadata<AuthorizationPolicy>().SelectMany(p => p.Requirements).OfType<RolesAuthorizationRequirement>()
            .First().AllowedRoles;
        var pageRoles = typeof(BudgetModel).GetCustomAttributes(typeof(AuthorizeAttribute), inherit: false).Cast<AuthorizeAttribute>().Single().Roles!.Split(',');

        Assert.Equal(apiRoles.Order(), pageRoles.Order());
    }

    // An area of its own with one board and school: a contribution, an allocation to the school, and a contribution
    // booked twice and corrected.
    private async Task<(Guid AreaId, Guid BoardId)> BookAsync(string name)
    {
        using var admin = host.Api(Roles.Admin);
        var areaId = await CreateAsync(admin, "/api/v1/areas", new { name });
        var clusterId = await CreateAsync(admin, "/api/v1/clusters", new { name = $"{name} bondje", areaId });
        var boardId = await CreateAsync(admin, "/api/v1/boards", new { name = $"{name} board" });
        var schoolId = await CreateAsync(admin, "/api/v1/schools", new { name = $"{name} school", brin = (string?)null, boardId, clusterId });
        var budget = $"/api/v1/budgets/{Year}/areas/{areaId}";
        await Eventually.AssertAsync(async () => (await admin.GetAsync(budget)).StatusCode == HttpStatusCode.OK, "the Collective Budget module knows the new area");
        await CreateAsync(admin, $"{budget}/contributions", new { boardId, kind = "board-funds", amount = 1_234.5m, externalRef = $"{name}-1" });
        await CreateAsync(admin, $"{budget}/allocations", new { level = "school", targetId = schoolId, purpose = "Schakelklas", amount = 200.25m });
        var twice = await CreateAsync(admin, $"{budget}/contributions", new { boardId, kind = "board-funds", amount = 99m, externalRef = $"{name}-2" });
        await CreateAsync(admin, $"{budget}/ledger/{twice}/correction", new { reason = "Dubbel geboekt" });
        return (areaId, boardId);
    }

    private static async Task<Guid> CreateAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.IgnoreCase)]
    private static partial Regex GuidPattern();
}
