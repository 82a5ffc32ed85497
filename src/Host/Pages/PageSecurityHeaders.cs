namespace GeenKindDeBuurtUit.Host.Pages;

/// <summary>
/// The pages' Content-Security-Policy: scripts, styles and images from this host only, no inline code, no
/// frames, forms posting only here (and to the identity provider); pages carry personal data, so no caching,
/// except the immutable files under /app/static.
/// </summary>
internal sealed class PageSecurityHeaders(RequestDelegate next, string authorityOrigin)
{
    public static readonly PathString Static = "/app/static";

    public string Policy { get; } =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        $"form-action 'self'{(string.IsNullOrEmpty(authorityOrigin) ? string.Empty : " " + authorityOrigin)}; frame-ancestors 'none'; base-uri 'none'";

    public static string? OriginOf(string? authority) =>
        Uri.TryCreate(authority, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : null;

    public Task InvokeAsync(HttpContext context)
    {
        var isStatic = context.Request.Path.StartsWithSegments(Static);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = Policy;
            if (!isStatic)
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
