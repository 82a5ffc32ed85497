using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.Host.Pages.App;
using GeenKindDeBuurtUit.Testing;
using MapOptions = GeenKindDeBuurtUit.Host.Pages.MapOptions;
using PageFormat = GeenKindDeBuurtUit.Host.Pages.Shared.PageFormat;
using PageLanguage = GeenKindDeBuurtUit.Host.Pages.Shared.PageLanguage;

namespace GeenKindDeBuurtUit.Host.Tests.Pages;

/// <summary>
/// The BEN map page without a browser (docs/adr/0063): every role reads it, its list holds the area's schools and
/// the facilities the API lists, the GET form narrows it, and "near a school" orders it by distance. Facilities of
/// these tests are named "Kaarttest …" and lie in Bos en Lommer.
/// </summary>
[Collection(HostCollection.Name)]
public sealed partial class MapPageTests(PlatformFactory platform)
{
    private static readonly string Area = PilotIds.BosEnLommer.ToString();

    public static TheoryData<string> EveryRole => [.. Roles.All];

    [Fact]
    public void The_page_admits_every_role()
    {
        Assert.Equal(Roles.All.Order(StringComparer.Ordinal), MapModel.Readers.Split(',').Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EveryRole))]
    public async Task Every_role_opens_the_map_from_its_menu(string role)
    {
        var browser = platform.Browser();
        await browser.SignInAsync($"kaart-{role}", [role]);

        var home = await (await browser.GetAsync("/app")).Content.ReadAsStringAsync();
        var map = await browser.GetAsync("/app/map");

        Assert.Contains("id=\"nav-kaart\"", home, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, map.StatusCode);
        var html = await map.Content.ReadAsStringAsync();
        Assert.Contains("<table id=\"punten\">", html, StringComparison.Ordinal);
        Assert.Contains("vendor/leaflet/leaflet.js", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_holds_the_areas_schools_and_facilities_with_their_places_for_the_map()
    {
        var facility = await FacilityAsync("Kaarttest Bibliotheek", "library", 52.3801, 4.8455, ["language"], 4, 12);
        var schools = (await platform.Admin().GetFromJsonAsync<JsonArray>("/api/v1/schools"))!
            .Select(s => s!.AsObject()).Where(s => s["areaId"]!.GetValue<string>() == Area).ToList();
        var browser = await SignedInAsync(Roles.School);

        var html = await (await browser.GetAsync($"/app/map?gebied={Area}")).Content.ReadAsStringAsync();

        var row = Row(html, $"voorziening-{facility}");
        Assert.Contains("data-layer=\"library\"", row, StringComparison.Ordinal);
        Assert.Contains("data-lat=\"52.3801\" data-lon=\"4.8455\"", row, StringComparison.Ordinal);
        Assert.Contains("data-state=\"active\"", row, StringComparison.Ordinal);
        Assert.Contains("<td>Bibliotheek</td>", row, StringComparison.Ordinal);
        Assert.Contains("<td>Taal</td>", row, StringComparison.Ordinal);
        Assert.Contains("<td>4–12 jaar</td>", row, StringComparison.Ordinal);
        foreach (var school in schools)
        {
            var schoolRow = Row(html, $"school-{school["id"]}");
            Assert.Contains("data-layer=\"school\"", schoolRow, StringComparison.Ordinal);
            if (school["location"] is JsonObject location)
            {
                Assert.Contains($"data-lat=\"{location["lat"]!.GetValue<double>().ToString("R", CultureInfo.InvariantCulture)}\"", schoolRow, StringComparison.Ordinal);
                var provisional = school["locationIsPlaceholder"]!.GetValue<bool>();
                Assert.Contains(provisional ? "data-state=\"placeholder\"" : "data-state=\"located\"", schoolRow, StringComparison.Ordinal);
            }
        }

        Assert.DoesNotContain(RowIds(html), id => id.StartsWith("school-", StringComparison.Ordinal) && !schools.Any(s => id == $"school-{s["id"]}"));
        Assert.Contains($"data-tiles=\"{MapOptions.OpenStreetMapTiles}\"", html, StringComparison.Ordinal);
        Assert.Contains("data-attribution=\"© OpenStreetMap-bijdragers\" data-attribution-url=\"https://www.openstreetmap.org/copyright\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_get_form_narrows_the_facilities_by_need_and_by_age()
    {
        var language = await FacilityAsync("Kaarttest Voorleesclub", "library", 52.3785, 4.8460, ["language"], 0, 6);
        var behaviour = await FacilityAsync("Kaarttest Sportmaatje", "sport", 52.3795, 4.8480, ["behaviour"], 8, 14);
        var browser = await SignedInAsync(Roles.Partner);

        var byNeed = RowIds(await browser.GetStringAsync($"/app/map?gebied={Area}&behoefte=language"));
        var byAge = RowIds(await browser.GetStringAsync($"/app/map?gebied={Area}&leeftijd=10"));
        var both = RowIds(await browser.GetStringAsync($"/app/map?gebied={Area}&behoefte=language&behoefte=behaviour"));

        Assert.Contains($"voorziening-{language}", byNeed);
        Assert.DoesNotContain($"voorziening-{behaviour}", byNeed);
        Assert.Contains($"voorziening-{behaviour}", byAge);
        Assert.DoesNotContain($"voorziening-{language}", byAge);
        Assert.Contains($"voorziening-{language}", both);
        Assert.Contains($"voorziening-{behaviour}", both);
    }

    [Fact]
    public async Task Near_a_school_the_list_runs_nearest_first_with_dutch_distances()
    {
        var browser = await SignedInAsync(Roles.Coordinator);
        var html = await browser.GetStringAsync($"/app/map?gebied={Area}");
        var school = RowIds(html).First(id => id.StartsWith("school-", StringComparison.Ordinal))["school-".Length..];
        var at = Row(html, $"school-{school}");
        var (lat, lon) = (Coordinate(at, "data-lat"), Coordinate(at, "data-lon"));

        // Due north of the school: a degree of latitude is 111,195 m on the haversine's sphere.
        var far = await FacilityAsync("Kaarttest Ver weg", "play", lat + 0.0315, lon, ["other"], null, null);
        var near = await FacilityAsync("Kaarttest Dichtbij", "okt", lat + 0.00765, lon, ["other"], null, null);
        var middle = await FacilityAsync("Kaarttest Halverwege", "culture", lat + 0.0108, lon, ["other"], null, null);

        var sorted = await browser.GetStringAsync($"/app/map?gebied={Area}&school={school}");

        var ids = RowIds(sorted);
        Assert.Equal($"school-{school}", ids[0]);
        Assert.Equal([$"voorziening-{near}", $"voorziening-{middle}", $"voorziening-{far}"], ids.Where(id => id.EndsWith(near.ToString(), StringComparison.Ordinal) || id.EndsWith(middle.ToString(), StringComparison.Ordinal) || id.EndsWith(far.ToString(), StringComparison.Ordinal)));
        Assert.Contains("data-value=\"851\">850 m</td>", Row(sorted, $"voorziening-{near}"), StringComparison.Ordinal);
        Assert.Contains(">1,2 km</td>", Row(sorted, $"voorziening-{middle}"), StringComparison.Ordinal);
        Assert.Contains(">3,5 km</td>", Row(sorted, $"voorziening-{far}"), StringComparison.Ordinal);
        Assert.Contains(">0 m</td>", Row(sorted, $"school-{school}"), StringComparison.Ordinal);
        var distances = DistanceValues().Matches(sorted).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(distances.Order(), distances);
    }

    [Theory]
    [InlineData("gebied=3f2504e0-4f89-11d3-9a0c-0305e82c3301", HttpStatusCode.NotFound)]
    [InlineData("behoefte=zwemmen", HttpStatusCode.BadRequest)]
    [InlineData("leeftijd=24", HttpStatusCode.BadRequest)]
    [InlineData("leeftijd=-1", HttpStatusCode.BadRequest)]
    [InlineData("leeftijd=twee", HttpStatusCode.BadRequest)]
    public async Task A_choice_the_form_does_not_offer_is_refused_with_its_page(string query, HttpStatusCode status)
    {
        var browser = await SignedInAsync(Roles.Analyst);

        var answer = await browser.GetAsync($"/app/map?{query}");

        Assert.Equal(status, answer.StatusCode);
        Assert.Equal("text/html", answer.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_school_of_another_area_orders_nothing_and_the_page_shows_the_chosen_area()
    {
        var browser = await SignedInAsync(Roles.Swv);
        var osdorp = RowIds(await browser.GetStringAsync($"/app/map?gebied={PilotIds.Osdorp}")).First(id => id.StartsWith("school-", StringComparison.Ordinal));

        var html = await browser.GetStringAsync($"/app/map?gebied={Area}&school={osdorp["school-".Length..]}");

        Assert.DoesNotContain(osdorp, RowIds(html));
        Assert.DoesNotContain("id=\"afstand-uitleg\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_map_page_admits_images_from_the_tile_server()
    {
        var browser = await SignedInAsync(Roles.Treasurer);

        var map = await browser.GetAsync("/app/map");
        var home = await browser.GetAsync("/app");

        Assert.Contains("img-src 'self' data: https://tile.openstreetmap.org;", map.Header("Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Contains("img-src 'self' data:;", home.Header("Content-Security-Policy"), StringComparison.Ordinal);
        var html = await map.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1", "0 m")]
    [InlineData("4", "0 m")]
    [InlineData("5", "10 m")]
    [InlineData("850.4", "850 m")]
    [InlineData("994", "990 m")]
    [InlineData("995", "1,0 km")]
    [InlineData("1249", "1,2 km")]
    [InlineData("9949", "9,9 km")]
    [InlineData("9950", "10 km")]
    [InlineData("12500", "13 km")]
    public void Distances_are_written_as_dutch_readers_write_them(string metres, string shown)
    {
        var format = PageFormat.For(PageLanguage.Dutch);

        Assert.Equal(shown, format.Distance(double.Parse(metres, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void English_readers_get_a_decimal_point()
    {
        Assert.Equal("1.2 km", PageFormat.For(PageLanguage.English).Distance(1234));
    }

    private async Task<HttpClient> SignedInAsync(string role)
    {
        var browser = platform.Browser();
        await browser.SignInAsync($"kaart-{role}", [role]);
        return browser;
    }

    private async Task<Guid> FacilityAsync(string name, string kind, double lat, double lon, string[] offers, int? ageFrom, int? ageTo)
    {
        var response = await platform.Admin().PostAsJsonAsync("/api/v1/facilities", new
        {
            name,
            kind,
            address = "Bos en Lommerweg 1, Amsterdam",
            location = new { lat, lon },
            areaId = PilotIds.BosEnLommer,
            offers,
            ageFrom,
            ageTo,
            contact = new { phone = "020 123 4567" },
            stewardSub = "partner-kaarttest",
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
    }

    private static double Coordinate(string row, string attribute) =>
        double.Parse(Regex.Match(row, attribute + "=\"([^\"]+)\"").Groups[1].Value, CultureInfo.InvariantCulture);

    private static string Row(string html, string id) =>
        Regex.Match(html, $"<tr id=\"{Regex.Escape(id)}\".*?</tr>", RegexOptions.Singleline) is { Success: true } row
            ? row.Value
            : throw new Xunit.Sdk.XunitException($"No row {id} in the list.");

    private static List<string> RowIds(string html) => [.. ListRow().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<tr id=\"((?:school|voorziening)-[0-9a-f-]{36})\"")]
    private static partial Regex ListRow();

    [GeneratedRegex("<td class=\"number\" data-value=\"([0-9]+)\">")]
    private static partial Regex DistanceValues();
}
