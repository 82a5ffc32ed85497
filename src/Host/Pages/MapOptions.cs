using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace GeenKindDeBuurtUit.Host.Pages;

/// <summary>
/// The map page's background tiles (docs/adr/0063): a tile server's URL template in Leaflet's form and the
/// attribution its licence asks for. An empty <see cref="TileUrl"/> draws the points on a plain background, as the
/// map does whenever no tile can be fetched. Read through an options monitor, so a changed setting applies without
/// a restart.
/// </summary>
public sealed partial class MapOptions
{
    public const string Section = "Map";

    public const string OpenStreetMapTiles = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    /// <summary>e.g. <c>https://tile.openstreetmap.org/{z}/{x}/{y}.png</c>; <c>{s}.</c> at the start of the host names subdomains.</summary>
    public string TileUrl { get; set; } = OpenStreetMapTiles;

    /// <summary>The words shown on the map, linked to <see cref="AttributionUrl"/>.</summary>
    public string Attribution { get; set; } = "© OpenStreetMap-bijdragers";

    public string AttributionUrl { get; set; } = "https://www.openstreetmap.org/copyright";

    public bool HasTiles => !string.IsNullOrWhiteSpace(TileUrl);

    /// <summary>
    /// What the Content-Security-Policy's img-src admits for the tiles: the tile URL's scheme, host and port, with
    /// <c>{s}.</c> as the wildcard <c>*.</c>; null without tiles.
    /// </summary>
    public string? TileSource => HasTiles && TileTemplate().Match(TileUrl) is { Success: true } match
        ? match.Groups["scheme"].Value + "://" + (match.Groups["sub"].Success ? "*." : string.Empty) + match.Groups["host"].Value
        : null;

    /// <summary>Why the settings cannot be used, or null: checked at start-up.</summary>
    public string? Problem()
    {
        if (HasTiles && (TileSource is null || !TileUrl.Contains("{z}", StringComparison.Ordinal) || !TileUrl.Contains("{x}", StringComparison.Ordinal) || !TileUrl.Contains("{y}", StringComparison.Ordinal)))
        {
            return "Map:TileUrl is an http(s) URL template with {z}, {x} and {y}, e.g. " + OpenStreetMapTiles + ", or empty for no tiles.";
        }

        if (!string.IsNullOrEmpty(AttributionUrl) && !(Uri.TryCreate(AttributionUrl, UriKind.Absolute, out var link) && link.Scheme is "https" or "http"))
        {
            return "Map:AttributionUrl is an absolute http(s) URL, or empty.";
        }

        return HasTiles && string.IsNullOrWhiteSpace(Attribution) ? "Map:Attribution names the tiles' source, as their licence asks." : null;
    }

    /// <summary>Refuses to start with settings the page could not use, naming the setting.</summary>
    internal sealed class Validation : IValidateOptions<MapOptions>
    {
        public ValidateOptionsResult Validate(string? name, MapOptions options) =>
            options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }

    // The origin only: a host of letters, digits, dots and hyphens, an optional port, then a path.
    [GeneratedRegex(@"^(?<scheme>https?)://(?<sub>\{s\}\.)?(?<host>[A-Za-z0-9.-]+(:[0-9]{1,5})?)/", RegexOptions.CultureInvariant)]
    private static partial Regex TileTemplate();
}
