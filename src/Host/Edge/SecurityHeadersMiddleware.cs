using Microsoft.AspNetCore.Http;

namespace GeenKindDeBuurtUit.Host.Edge;

/// <summary>
/// Headers on every answer, whoever writes it (endpoint, exception handler, authentication,
/// rate limiter): no content sniffing, no framing, no referrer, and API answers (which carry
/// pupil data) never cached by a browser or a proxy.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, PathString noStoreScope)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            if (!headers.ContainsKey("Content-Security-Policy"))
            {
                headers.ContentSecurityPolicy = "frame-ancestors 'none'";
            }

            if (context.Request.Path.StartsWithSegments(noStoreScope))
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
