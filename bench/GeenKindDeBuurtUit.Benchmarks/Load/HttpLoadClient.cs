using System.Net;
using System.Net.Http.Headers;

namespace GeenKindDeBuurtUit.Benchmarks.Load;

/// <summary>One pooled HTTP/1.1 client with a connection per worker, kept open for the whole run.</summary>
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

    /// <summary>
    /// Sends and reads the whole body, as a real client does; true when the status is the expected one.
    /// A request that outlives the client's timeout or loses its connection is a failed request, counted
    /// as an error, not the end of the run.
    /// </summary>
    public static async Task<bool> SendAsync(HttpClient client, HttpRequestMessage request, HttpStatusCode expected)
    {
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead);
            await response.Content.ReadAsByteArrayAsync();
            return response.StatusCode == expected;
        }
        catch (Exception exception) when (exception is TaskCanceledException or HttpRequestException)
        {
            return false;
        }
    }
}
