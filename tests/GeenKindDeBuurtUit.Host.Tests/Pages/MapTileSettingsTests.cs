using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.Host.Tests.Edge;
using Microsoft.Extensions.Options;
using MapOptions = GeenKindDeBuurtUit.Host.Pages.MapOptions;

namespace GeenKindDeBuurtUit.Host.Tests.Pages;

/// <summary>Map:TileUrl and Map:Attribution (docs/adr/0063): what the map page and its Content-Security-Policy make of them.</summary>
[Collection(HostCollection.Name)]
public sealed class MapTileSettingsTests
{
    [Theory]
    [InlineData("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "https://tile.openstreetmap.org")]
    [InlineData("https://{s}.tile.example.nl/tiles/{z}/{x}/{y}.png", "https://*.tile.example.nl")]
    [InlineData("http://127.0.0.1:8089/{z}/{x}/{y}.png", "http://127.0.0.1:8089")]
    [InlineData("", null)]
    public void The_policy_admits_the_tile_servers_origin_only(string tileUrl, string? source)
    {
        var options = new MapOptions { TileUrl = tileUrl };

        Assert.Null(options.Problem());
        Assert.Equal(source, options.TileSource);
    }

    [Theory]
    [InlineData("tile.openstreetmap.org/{z}/{x}/{y}.png")]
    [InlineData("ftp://tiles.example.nl/{z}/{x}/{y}.png")]
    [InlineData("https://tiles.example.nl/{z}/{y}.png")]
    [InlineData("https://tiles.example.nl'; script-src *; /{z}/{x}/{y}.png")]
    public void A_tile_url_that_is_no_http_template_is_refused(string tileUrl)
    {
        Assert.Contains("Map:TileUrl", new MapOptions { TileUrl = tileUrl }.Problem(), StringComparison.Ordinal);
    }

    [Fact]
    public void Tiles_without_attribution_are_refused_as_their_licence_asks()
    {
        Assert.Contains("Map:Attribution", new MapOptions { Attribution = " " }.Problem(), StringComparison.Ordinal);
        Assert.Contains("Map:AttributionUrl", new MapOptions { AttributionUrl = "javascript:alert(1)" }.Problem(), StringComparison.Ordinal);
        Assert.Null(new MapOptions { TileUrl = string.Empty, Attribution = string.Empty }.Problem());
    }

    [Fact]
    public async Task Tiles_of_an_own_server_are_admitted_on_the_map_page_with_their_attribution()
    {
        using var host = new EdgeHost("Development", new Dictionary<string, string>
        {
            ["Map:TileUrl"] = "https://{s}.tiles.example.nl/{z}/{x}/{y}.png",
            ["Map:Attribution"] = "Kaart <van> de gemeente",
            ["Map:AttributionUrl"] = "https://tiles.example.nl/licentie",
        });
        var browser = host.Browser();
        await browser.SignInAsync("kaart-partner", [Roles.Partner]);

        var map = await browser.GetAsync("/app/map");

        Assert.Contains("img-src 'self' data: https://*.tiles.example.nl;", map.Header("Content-Security-Policy"), StringComparison.Ordinal);
        var html = await map.Content.ReadAsStringAsync();
        Assert.Contains("data-tiles=\"https://{s}.tiles.example.nl/{z}/{x}/{y}.png\"", html, StringComparison.Ordinal);
        Assert.Contains("data-attribution=\"Kaart &lt;van&gt; de gemeente\" data-attribution-url=\"https://tiles.example.nl/licentie\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_tile_url_the_map_page_loads_no_tiles_and_admits_no_other_images()
    {
        using var host = new EdgeHost("Development", new Dictionary<string, string> { ["Map:TileUrl"] = string.Empty });
        var browser = host.Browser();
        await browser.SignInAsync("kaart-school", [Roles.School]);

        var map = await browser.GetAsync("/app/map");

        Assert.Contains("img-src 'self' data:;", map.Header("Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Contains("data-tiles=\"\"", await map.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_host_with_an_unusable_tile_url_does_not_start()
    {
        using var host = new EdgeHost("Development", new Dictionary<string, string> { ["Map:TileUrl"] = "tiles.example.nl" });

        var refused = Assert.Throws<OptionsValidationException>(() => host.Services);

        Assert.Contains("Map:TileUrl", refused.Message, StringComparison.Ordinal);
    }
}
