using Microsoft.Extensions.Options;

namespace GeenKindDeBuurtUit.Host.Pages;

/// <summary>
/// The pages' Content-Security-Policy: scripts, styles and images from this host only, no inline code, no
/// frames, forms posting only here (and to the identity provider); pages carry personal data, so no caching,
/// except the immutable files under /app/static. The map page alone may also load images from the tile
/// server (docs/adr/0063).
/// </summary>
internal sealed class PageSecurityHeaders(RequestDelegate next, IOptionsMonitor<MapOptions> map, string authorityOrigin)
{
    public static readonly PathString Static = "/app/static";

    public static readonly PathString MapPage = "/app/map";

    public string Policy(string? tileSource) =>
        $"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:{(tileSource is null ? string.Empty : " " + tileSource)}; font-src 'self'; connect-src 'self'; " +
        $"form-action 'self'{(string.IsNullOrEmpty(authorityOrigin) ? string.Empty : " " + authorityOrigin)}; frame-ancestors 'none'; base-uri 'none'";

    public static string? OriginOf(string? authority) =>
        Uri.TryCreate(authority, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : null;

    public Task InvokeAsync(HttpContext context)
    {
        var isStatic = context.Request.Path.StartsWithSegments(Static);
        var tileSource = context.Request.Path.StartsWithSegments(MapPage) ? map.CurrentValue.TileSource : null;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = Policy(tileSource);
            if (!isStatic)
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
