using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GeenKindDeBuurtUit.Host.Edge;

/// <summary>
/// Requests per caller per window: generous for a token's <c>sub</c>, for school systems' bulk syncs
/// (docs/adr/0016); tight for a client address without a valid token (docs/adr/0034).
/// </summary>
internal sealed class CallerRateLimitOptions
{
    public const string Section = "RateLimiting";

    public int PermitLimit { get; set; } = 6000;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    public int AnonymousPermitLimit { get; set; } = 300;

    public TimeSpan AnonymousWindow { get; set; } = TimeSpan.FromMinutes(1);
}

internal static class CallerRateLimiting
{
    private const string AddressPrefix = "ip:";

    /// <summary>Probes of an orchestrator or load balancer, which send no token and must not be refused.</summary>
    private static readonly PathString Health = new("/health");

    /// <summary>
    /// One fixed window per caller: the token's <c>sub</c>, else the client address (the one the
    /// trusted proxies forwarded, docs/adr/0024). Refused requests get 429 problem details with
    /// <c>Retry-After</c> in seconds.
    /// </summary>
    public static IServiceCollection AddCallerRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CallerRateLimitOptions>().Bind(configuration.GetSection(CallerRateLimitOptions.Section))
            .Validate(o => o.PermitLimit > 0 && o.Window > TimeSpan.Zero, "RateLimiting:PermitLimit and RateLimiting:Window must be positive.")
            .Validate(o => o.AnonymousPermitLimit > 0 && o.AnonymousWindow > TimeSpan.Zero, "RateLimiting:AnonymousPermitLimit and RateLimiting:AnonymousWindow must be positive.")
            .ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<CallerRateLimitOptions>>((options, limits) =>
        {
            var limit = limits.Value;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (context.Request.Path.StartsWithSegments(Health))
                {
                    return RateLimitPartition.GetNoLimiter("health");
                }

                var partition = PartitionOf(context);
                var anonymous = IsAnonymous(partition);
                return RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = anonymous ? limit.AnonymousPermitLimit : limit.PermitLimit,
                    Window = anonymous ? limit.AnonymousWindow : limit.Window,
                    QueueLimit = 0,
                });
            });
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (rejected, _) =>
            {
                var anonymous = IsAnonymous(PartitionOf(rejected.HttpContext));
                var window = anonymous ? limit.AnonymousWindow : limit.Window;
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                var detail = anonymous
                    ? $"At most {limit.AnonymousPermitLimit} requests without a valid token per {window} per client address; retry after {seconds} second(s)."
                    : $"At most {limit.PermitLimit} requests per {window} per caller; retry after {seconds} second(s).";
                return new ValueTask(ProblemResponses.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests.", detail));
            };
        });
        return services;
    }

    /// <summary>The token's <c>sub</c> once authentication has validated it, else the client address.</summary>
    public static string PartitionOf(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true && context.User.FindFirst(HttpCurrentActor.SubjectClaim)?.Value is { Length: > 0 } subject
            ? "sub:" + subject
            : AddressPrefix + AddressOf(context.Connection.RemoteIpAddress);

    private static bool IsAnonymous(string partition) => partition.StartsWith(AddressPrefix, StringComparison.Ordinal);

    // One IPv6 subscriber holds a whole /64: counting per address would give it 2^64 budgets.
    private static string AddressOf(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
