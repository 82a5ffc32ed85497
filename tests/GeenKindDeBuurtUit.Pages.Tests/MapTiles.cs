using GeenKindDeBuurtUit.Host.Pages;
using GeenKindDeBuurtUit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GeenKindDeBuurtUit.Pages.Tests;

/// <summary>
/// The running platform's Map:TileUrl, changed as a changed appsettings.json would change it: the setting, then the
/// options read again. The browser tests never reach a tile server on the internet: they run without tiles, and one
/// test with tiles that cannot be reached.
/// </summary>
internal static class MapTiles
{
    public static void Use(PlatformFactory platform, string tileUrl)
    {
        platform.Services.GetRequiredService<IConfiguration>()[$"{MapOptions.Section}:{nameof(MapOptions.TileUrl)}"] = tileUrl;
        platform.Services.GetRequiredService<IOptionsMonitorCache<MapOptions>>().TryRemove(Options.DefaultName);
    }
}
