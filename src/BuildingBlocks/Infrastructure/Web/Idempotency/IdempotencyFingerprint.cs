using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web.Idempotency;

/// <summary>What makes two requests "the same" for a key: method, path with query, and the body's bytes.</summary>
public static class IdempotencyFingerprint
{
    public static async Task<string> OfAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        request.EnableBuffering();
        using var hash = Start(request.Method, $"{request.Path}{request.QueryString}");
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            hash.AppendData(chunk, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    public static string Of(string method, string pathAndQuery, byte[] body)
    {
        using var hash = Start(method, pathAndQuery);
        hash.AppendData(body);
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>Keys are kept per caller under a hash of the token's <c>sub</c>, so the table names nobody.</summary>
    public static string OfCaller(string subject) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(subject)));

    private static IncrementalHash Start(string method, string pathAndQuery)
    {
        var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{method.ToUpperInvariant()}\n{pathAndQuery}\n"));
        return hash;
    }
}
