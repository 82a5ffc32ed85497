using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;

/// <summary>Requests per caller per window; generous by default for school systems' bulk syncs (docs/adr/0016).</summary>
public sealed class CallerRateLimitOptions
{
    public const string Section = "RateLimiting";

    public int PermitLimit { get; set; } = 6000;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

public static class CallerRateLimiting
{
    /// <summary>
    /// One fixed window per caller: the token's <c>sub</c>, else the client address. Refused
    /// requests get 429 problem details with <c>Retry-After</c> in seconds.
    /// </summary>
    public static IServiceCollection AddCallerRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CallerRateLimitOptions>().Bind(configuration.GetSection(CallerRateLimitOptions.Section))
            .Validate(o => o.PermitLimit > 0 && o.Window > TimeSpan.Zero, "RateLimiting:PermitLimit and RateLimiting:Window must be positive.")
            .ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<CallerRateLimitOptions>>((options, limits) =>
        {
            var limit = limits.Value;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                RateLimitPartition.GetFixedWindowLimiter(PartitionOf(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limit.PermitLimit,
                    Window = limit.Window,
                    QueueLimit = 0,
                }));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (rejected, _) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : limit.Window;
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return new ValueTask(ProblemResponses.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests.",
                    $"At most {limit.PermitLimit} requests per {limit.Window} per caller; retry after {seconds} second(s)."));
            };
        });
        return services;
    }

    public static string PartitionOf(HttpContext context) =>
        context.User.FindFirst(HttpCurrentActor.SubjectClaim)?.Value is { Length: > 0 } subject
            ? "sub:" + subject
            : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}
