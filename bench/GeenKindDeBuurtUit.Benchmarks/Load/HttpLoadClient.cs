using System.Net;
using System.Net.Http.Headers;

namespace GeenKindDeBuurtUit.Benchmarks.Load;

/// <summary>A pooled HTTP/1.1 client for the propagation run's requests (the load itself is wrk's, docs/adr/0064).</summary>
internal static class HttpLoadClient
{
    public static HttpClient Create(string baseAddress, string? token, int connections)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = Math.Max(connections, 1),
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
        };
        var client = new HttpClient(handler) { BaseAddress = new Uri(baseAddress), Timeout = TimeSpan.FromSeconds(30) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }
}
