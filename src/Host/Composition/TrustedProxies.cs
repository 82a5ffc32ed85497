using System.Net;
using IPNetwork = System.Net.IPNetwork;
using Microsoft.AspNetCore.HttpOverrides;

namespace GeenKindDeBuurtUit.Host.Composition;

/// <summary>
/// Behind a reverse proxy the connection's address is the proxy's, while the audit trail and the
/// anonymous rate limit need the client's. <c>X-Forwarded-For</c> and <c>-Proto</c> are believed only
/// from the proxies configuration names (docs/adr/0024): without them nothing is forwarded, so a
/// client cannot choose the address that goes into the audit trail by sending the header itself.
/// </summary>
internal sealed record TrustedProxies(IReadOnlyList<IPAddress> Proxies, IReadOnlyList<IPNetwork> Networks, int ForwardLimit)
{
    public const string Section = "ForwardedHeaders";

    public bool Any => Proxies.Count > 0 || Networks.Count > 0;

    public static TrustedProxies Resolve(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var proxies = Values(section, "KnownProxies").Select(value => Parse(value, "KnownProxies", IPAddress.TryParse)).ToList();
        var networks = Values(section, "KnownNetworks").Select(value => Parse<IPNetwork>(value, "KnownNetworks", IPNetwork.TryParse)).ToList();
        var limit = section.GetValue("ForwardLimit", 1);
        if (limit < 1)
        {
            throw new InvalidOperationException($"{Section}:ForwardLimit must be at least 1 (the number of trusted proxies in front of the host).");
        }

        return new TrustedProxies(proxies, networks, limit);
    }

    public void Configure(ForwardedHeadersOptions options)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.ForwardLimit = ForwardLimit;

        // The defaults trust loopback; here only what configuration names is trusted.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in Proxies)
        {
            options.KnownProxies.Add(proxy);
        }

        foreach (var network in Networks)
        {
            options.KnownIPNetworks.Add(network);
        }
    }

    private delegate bool TryParser<T>(string value, out T result);

    private static IEnumerable<string> Values(IConfigurationSection section, string key) =>
        section.GetSection(key).Get<string[]>()?.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()) ?? [];

    private static T Parse<T>(string value, string key, TryParser<T> parse) =>
        parse(value, out var result)
            ? result
            : throw new InvalidOperationException($"{Section}:{key} holds '{value}', which is not an {(key == "KnownProxies" ? "IP address" : "IP network in CIDR notation (10.0.0.0/8)")}.");

    private static IPAddress Parse(string value, string key, TryParser<IPAddress?> parse) =>
        Parse<IPAddress?>(value, key, parse)!;
}

internal static class TrustedProxiesExtensions
{
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var trusted = TrustedProxies.Resolve(configuration);
        services.AddSingleton(trusted);
        services.Configure<ForwardedHeadersOptions>(trusted.Configure);
        return services;
    }

    /// <summary>First in the pipeline, so everything after it sees the client's address.</summary>
    public static void UseTrustedProxies(this WebApplication app)
    {
        if (app.Services.GetRequiredService<TrustedProxies>().Any)
        {
            app.UseForwardedHeaders();
        }
    }
}
