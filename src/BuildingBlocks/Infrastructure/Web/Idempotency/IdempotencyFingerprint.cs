using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web.Idempotency;

/// <summary>
/// What makes two requests "the same" for a key: method, path with query, the body's bytes and,
/// when sent, <c>If-Match</c> (a 412 is replayed, so a request with a fresh version is another request).
/// </summary>
public static class IdempotencyFingerprint
{
    public static async Task<string> OfAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        request.EnableBuffering();
        using var hash = Start(request.Method, $"{request.Path}{request.QueryString}", request.Headers.IfMatch.ToString());
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            hash.AppendData(chunk, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    public static string Of(string method, string pathAndQuery, byte[] body, string? ifMatch = null)
    {
        using var hash = Start(method, pathAndQuery, ifMatch);
        hash.AppendData(body);
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>Keys are kept per caller under a hash of the token's <c>sub</c>, so the table names nobody.</summary>
    public static string OfCaller(string subject) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(subject)));

    private static IncrementalHash Start(string method, string pathAndQuery, string? ifMatch)
    {
        var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{method.ToUpperInvariant()}\n{pathAndQuery}\n"));

        // Only when sent, so a request without it keeps the fingerprint it had before.
        if (!string.IsNullOrEmpty(ifMatch))
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"If-Match: {ifMatch}\n"));
        }

        return hash;
    }
}
