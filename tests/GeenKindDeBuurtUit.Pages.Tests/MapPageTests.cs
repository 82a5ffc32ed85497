using System.Net;
using System.Net.Sockets;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.Testing;
using Microsoft.Playwright;

namespace GeenKindDeBuurtUit.Pages.Tests;

/// <summary>
/// The BEN map in Chromium (docs/adr/0063): a marker for every point of the list and for nothing else, a layer per
/// kind, the GET form's filters, "near this school" by distance, and the points on a plain background when no tile
/// can be fetched. Bos en Lommer holds the first test's facilities, Osdorp the others'; each test checks its own rows.
/// </summary>
[Collection(PagesCollection.Name)]
public sealed class MapPageTests(PagesHost host)
{
    private const string Markers = "#kaart path.leaflet-interactive";
    private const string Placed = "#punten tbody tr[data-lat]";

    [BrowserFact]
    public async Task The_map_draws_a_marker_for_every_point_of_the_list_in_a_layer_per_kind()
    {
        var arrange = new MapArrange(host);
        var okt = await arrange.FacilityAsync("OKT Bos en Lommer", "okt", PilotIds.BosEnLommer, 52.3795, 4.8445, ["language", "behaviour", "early-childhood"], 0, 18);
        await arrange.FacilityAsync("Buurtteam Bos en Lommer", "buurtteam", PilotIds.BosEnLommer, 52.3812, 4.8492, ["behaviour", "other"]);
        await arrange.FacilityAsync("Voorschool De Boomhut", "voorschool", PilotIds.BosEnLommer, 52.3768, 4.8431, ["early-childhood", "language"], 2, 4);
        await arrange.FacilityAsync("Sportbuurtwerk Erasmuspark", "sport", PilotIds.BosEnLommer, 52.3778, 4.8525, ["behaviour"], 6, 12);
        await arrange.FacilityAsync("OBA Bos en Lommer", "library", PilotIds.BosEnLommer, 52.3807, 4.8461, ["language"], 0, 18);

        var page = await host.SignedInAsync(Roles.Partner);
        var response = await page.GotoAsync($"/app/map?gebied={PilotIds.BosEnLommer}");
        await page.WaitForSelectorAsync("#kaart[data-markers]");

        Assert.Equal(200, response!.Status);
        var placed = await page.Locator(Placed).CountAsync();
        var schools = await page.Locator("#punten tbody tr[data-layer=school][data-lat]").CountAsync();
        Assert.True(schools > 0, "The pilot's schools have (provisional) points.");
        Assert.True(placed >= schools + 5);
        Assert.Equal(placed.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.GetAttributeAsync("#kaart", "data-markers"));
        var rows = await page.Locator(Placed).EvaluateAllAsync<string[]>("rows => rows.map(r => r.id)");
        var marked = await page.Locator(Markers).EvaluateAllAsync<string[]>("paths => paths.map(p => p.getAttribute('data-row'))");
        Assert.Equal(rows.Order(StringComparer.Ordinal), marked.Order(StringComparer.Ordinal));

        // Every kind is a layer: the schools switched off, their markers go, and come back.
        var layers = await page.Locator(".leaflet-control-layers-overlays label").AllInnerTextsAsync();
        foreach (var kind in new[] { "Scholen", "OKT (ouder- en kindteam)", "Buurtteam", "Voorschool", "Sport", "Bibliotheek" })
        {
            Assert.Contains(layers, layer => layer.Trim().StartsWith(kind + " (", StringComparison.Ordinal));
        }

        var schoolLayer = page.Locator(".leaflet-control-layers-overlays label", new() { HasText = "Scholen" }).Locator("input");
        await schoolLayer.UncheckAsync();
        Assert.Equal(placed - schools, await page.Locator(Markers).CountAsync());
        await schoolLayer.CheckAsync();
        Assert.Equal(placed, await page.Locator(Markers).CountAsync());

        await PagesHost.AssertAccessibleAsync(page);
        await PagesHost.ScreenshotAsync(page, "kaart");

        // A marker leads to its row in the list.
        await page.Locator($"#kaart path[data-row=voorziening-{okt}]").DispatchEventAsync("click");
        Assert.Contains("selected", await page.GetAttributeAsync($"#voorziening-{okt}", "class") ?? string.Empty, StringComparison.Ordinal);
        PagesHost.AssertNoBrowserProblems(page);
    }

    [BrowserFact]
    public async Task Filtering_by_need_and_by_age_narrows_the_list_and_the_map()
    {
        var arrange = new MapArrange(host);
        var taal = await arrange.FacilityAsync("Kaartfilter Taalhuis", "voorschool", PilotIds.Osdorp, 52.3590, 4.8010, ["language"], 0, 4);
        var gedrag = await arrange.FacilityAsync("Kaartfilter Gedragsteam", "youth-care", PilotIds.Osdorp, 52.3570, 4.7960, ["behaviour"], 8, 14);
        var page = await host.SignedInAsync(Roles.School);
        await page.GotoAsync($"/app/map?gebied={PilotIds.Osdorp}");
        Assert.Equal(1, await page.Locator($"#voorziening-{taal}").CountAsync());
        Assert.Equal(1, await page.Locator($"#voorziening-{gedrag}").CountAsync());

        await page.CheckAsync("#behoefte-language");
        await page.ClickAsync("#tonen");
        await page.WaitForURLAsync(url => url.Contains("behoefte=language", StringComparison.Ordinal), PagesHost.AfterCommit);
        await page.WaitForSelectorAsync("#kaart[data-markers]");

        Assert.Equal(1, await page.Locator($"#voorziening-{taal}").CountAsync());
        Assert.Equal(0, await page.Locator($"#voorziening-{gedrag}").CountAsync());
        Assert.True(await page.IsCheckedAsync("#behoefte-language"));
        Assert.Equal(await page.Locator(Placed).CountAsync(), await page.Locator(Markers).CountAsync());

        await page.UncheckAsync("#behoefte-language");
        await page.FillAsync("#leeftijd", "10");
        await page.ClickAsync("#tonen");
        await page.WaitForURLAsync(url => url.Contains("leeftijd=10", StringComparison.Ordinal), PagesHost.AfterCommit);
        await page.WaitForSelectorAsync("#kaart[data-markers]");

        Assert.Equal(0, await page.Locator($"#voorziening-{taal}").CountAsync());
        Assert.Equal(1, await page.Locator($"#voorziening-{gedrag}").CountAsync());
        Assert.Equal(await page.Locator(Placed).CountAsync(), await page.Locator(Markers).CountAsync());
        PagesHost.AssertNoBrowserProblems(page);
    }

    [BrowserFact]
    public async Task Near_a_school_the_list_runs_nearest_first_with_the_distances_from_known_points()
    {
        var arrange = new MapArrange(host);
        var (school, name) = await arrange.SchoolOfAsync(PilotIds.Osdorp, 0);
        await arrange.LocateAsync(school, 52.3585, 4.7990);

        // Due north of the school: a degree of latitude is 111,195 m on the haversine's sphere.
        var far = await arrange.FacilityAsync("Kaartafstand Ver", "play", PilotIds.Osdorp, 52.3900, 4.7990, ["other"]);
        var near = await arrange.FacilityAsync("Kaartafstand Dichtbij", "okt", PilotIds.Osdorp, 52.36615, 4.7990, ["other"]);
        var middle = await arrange.FacilityAsync("Kaartafstand Midden", "culture", PilotIds.Osdorp, 52.3693, 4.7990, ["other"]);
        var page = await host.SignedInAsync(Roles.Analyst);
        await page.GotoAsync($"/app/map?gebied={PilotIds.Osdorp}");

        await page.SelectOptionAsync("#school", school.ToString());
        await page.ClickAsync("#tonen");
        await page.WaitForURLAsync(url => url.Contains("school=", StringComparison.Ordinal), PagesHost.AfterCommit);
        await page.WaitForSelectorAsync("#kaart[data-markers]");

        var ids = await page.Locator("#punten tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.id)");
        var ours = new[] { $"voorziening-{near}", $"voorziening-{middle}", $"voorziening-{far}" };
        Assert.Equal($"school-{school}", ids[0]);
        Assert.Equal(ours, ids.Where(ours.Contains));
        Assert.Equal("850 m", await DistanceAsync(page, ours[0]));
        Assert.Equal("1,2 km", await DistanceAsync(page, ours[1]));
        Assert.Equal("3,5 km", await DistanceAsync(page, ours[2]));
        Assert.Equal("0 m", await DistanceAsync(page, $"school-{school}"));
        Assert.Contains(name, await page.InnerTextAsync("#afstand-uitleg"), StringComparison.Ordinal);
        Assert.Equal("Vastgestelde plek", (await page.InnerTextAsync($"#school-{school} td >> nth=2")).Trim());
        Assert.Equal(await page.Locator(Placed).CountAsync(), await page.Locator(Markers).CountAsync());
        await PagesHost.AssertAccessibleAsync(page);
        PagesHost.AssertNoBrowserProblems(page);
    }

    [BrowserFact]
    public async Task With_no_tile_reachable_the_map_still_draws_every_point_on_its_plain_background()
    {
        var tiles = $"http://127.0.0.1:{ClosedPort()}";
        MapTiles.Use(host.Platform, tiles + "/{z}/{x}/{y}.png");
        try
        {
            var page = await host.SignedInAsync(Roles.Coordinator);
            var response = await page.GotoAsync($"/app/map?gebied={PilotIds.Osdorp}");
            await page.WaitForSelectorAsync("#kaart[data-markers]");
            await page.WaitForSelectorAsync("#kaart-zonder-tegels", new() { State = WaitForSelectorState.Visible });

            Assert.Contains($"img-src 'self' data: {tiles};", await response!.HeaderValueAsync("content-security-policy"), StringComparison.Ordinal);
            var placed = await page.Locator(Placed).CountAsync();
            Assert.True(placed > 0);
            Assert.Equal(placed, await page.Locator(Markers).CountAsync());
            Assert.Equal(0, await page.Locator("#kaart img.leaflet-tile-loaded").CountAsync());

            // The tiles' failed loads are what this test is about, so they are the problems allowed; an uncaught
            // error, a CSP violation or any other failed asset still fails it.
            var problems = BrowserProblems.Of(page);
            Assert.Contains(problems, p => p.StartsWith($"failed: image {tiles}/", StringComparison.Ordinal));
            Assert.All(problems, p => Assert.StartsWith($"failed: image {tiles}/", p, StringComparison.Ordinal));
        }
        finally
        {
            MapTiles.Use(host.Platform, string.Empty);
        }
    }

    private static async Task<string> DistanceAsync(IPage page, string rowId) =>
        (await page.InnerTextAsync($"#{rowId} td.number")).Trim();

    /// <summary>A loopback port nothing listens on: taken from the system, then let go.</summary>
    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
