using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;
using GeenKindDeBuurtUit.Host.Edge;
using GeenKindDeBuurtUit.Host.OpenApi;
using GeenKindDeBuurtUit.Platform.Idempotency;
using Microsoft.AspNetCore.Cors.Infrastructure;

namespace GeenKindDeBuurtUit.Host.Composition;

/// <summary>
/// What the platform shows at its edge, from configuration (docs/adr/0016): body limit, CORS
/// origins, and whether Swagger and the Hangfire dashboard are served (by default only in Development).
/// </summary>
internal sealed record PlatformEdge(long MaxRequestBodyBytes, IReadOnlyList<string> AllowedOrigins, bool ExposeSwagger, bool ExposeHangfireDashboard)
{
    public const long DefaultMaxRequestBodyBytes = 256 * 1024;

    /// <summary>Headers a browser client may read from an answer.</summary>
    public static readonly string[] ExposedHeaders = ["Location", "ETag", "Retry-After", IdempotencyMiddleware.ReplayedHeader];

    public static PlatformEdge Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        var maxBytes = configuration.GetValue("Limits:MaxRequestBodyBytes", DefaultMaxRequestBodyBytes);
        if (maxBytes <= 0)
        {
            throw new InvalidOperationException("Limits:MaxRequestBodyBytes must be positive.");
        }

        var origins = configuration.GetSection("Cors:AllowedOrigins").Get<string[]>()?.Where(o => !string.IsNullOrWhiteSpace(o)).ToArray() ?? [];
        var development = environment.IsDevelopment();
        return new PlatformEdge(
            maxBytes,
            origins,
            configuration.GetValue<bool?>("Platform:ExposeSwagger") ?? development,
            configuration.GetValue<bool?>("Platform:ExposeHangfireDashboard") ?? development);
    }
}

internal static class PlatformEdgeExtensions
{
    public static IServiceCollection AddPlatformEdge(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(provider => PlatformEdge.Resolve(configuration, provider.GetRequiredService<IHostEnvironment>()));
        services.AddCallerRateLimiting(configuration);
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });

        // No policy, no CORS headers: browsers on other origins are refused unless origins are configured.
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<PlatformEdge>((options, edge) =>
        {
            if (edge.AllowedOrigins.Count > 0)
            {
                options.AddDefaultPolicy(policy => policy.WithOrigins([.. edge.AllowedOrigins]).AllowAnyHeader().AllowAnyMethod()
                    .WithExposedHeaders(PlatformEdge.ExposedHeaders));
            }
        });
        return services;
    }
}

/// <summary>The edge's middleware, in the order <see cref="PlatformPipeline"/> calls them.</summary>
internal static class PlatformEdgePipeline
{
    /// <summary>First, so every answer carries them, whoever writes it; HSTS outside Development.</summary>
    public static void UseSecurityHeaders(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>(new PathString("/api"));
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }
    }

    public static void UseRequestBodyLimit(this WebApplication app) =>
        app.UseMiddleware<RequestBodyLimitMiddleware>(app.Services.GetRequiredService<PlatformEdge>().MaxRequestBodyBytes);

    /// <summary>
    /// Right after authentication has read the token, before the audit trail and authorization
    /// (docs/adr/0034): a request without a valid token counts against its client address, and one
    /// refused here neither writes an audit record nor reaches the 401 or 403.
    /// </summary>
    public static void UseRateLimits(this WebApplication app) => app.UseRateLimiter();

    /// <summary>
    /// After authorization: idempotency keys are per caller (the token's <c>sub</c>); a body that does
    /// not match the document is refused after its key is taken, so a retry gets the same refusal (docs/adr/0019).
    /// </summary>
    public static void UseCallerLimits(this WebApplication app)
    {
        app.UseIdempotencyKeys(PlatformPipeline.ApiBase);
        app.UseMiddleware<RequestValidationMiddleware>();
    }
}
