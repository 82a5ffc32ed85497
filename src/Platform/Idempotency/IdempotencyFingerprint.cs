using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;
using GeenKindDeBuurtUit.Platform.Secrets;
using Microsoft.AspNetCore.Http;

namespace GeenKindDeBuurtUit.Platform.Idempotency;

/// <summary>
/// Who asks and what for, as HMAC-SHA256 under a key held outside the database (docs/adr/0035):
/// the table can be compared, never reversed, even for a body that held a refused BSN.
/// The request is method, path with query, the body's bytes and, when sent, <c>If-Match</c> (a 412
/// is replayed, so a request with a fresh version is another request).
/// </summary>
public sealed class IdempotencyFingerprint(HostSecrets secrets)
{
    public static readonly HostSecret Secret = new($"{IdempotencyOptions.Section}:FingerprintKey", "dev-idempotency-fingerprint-key");

    private readonly byte[] key = secrets.KeyOf(Secret);

    public async Task<string> OfRequestAsync(HttpRequest request, CancellationToken cancellationToken)
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

    public string OfRequest(string method, string pathAndQuery, byte[] body, string? ifMatch = null)
    {
        using var hash = Start(method, pathAndQuery, ifMatch);
        hash.AppendData(body);
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>
    /// The caller is the whole identity its token grants, not only its <c>sub</c>: a token for the
    /// same subject with other roles or schools would otherwise be handed the other's answer.
    /// Claim values are sorted, so the order a token lists them in does not matter.
    /// </summary>
    public string OfCaller(ClaimsPrincipal user)
    {
        string[] Values(string claim) => user.FindAll(claim).Select(c => c.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

        // A JSON array keeps the parts apart: no subject can be made to look like another's roles.
        var identity = JsonSerializer.Serialize<object[]>(
        [
            user.FindFirst(HttpCurrentActor.SubjectClaim)?.Value ?? string.Empty,
            Values(HttpCurrentActor.RoleClaim),
            Values(HttpCurrentActor.SchoolIdClaim),
            Values(HttpCurrentActor.BoardIdClaim),
        ]);
        return Convert.ToHexString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(identity)));
    }

    private IncrementalHash Start(string method, string pathAndQuery, string? ifMatch)
    {
        var hash = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hash.AppendData(Encoding.UTF8.GetBytes($"{method.ToUpperInvariant()}\n{pathAndQuery}\n"));
        if (!string.IsNullOrEmpty(ifMatch))
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"If-Match: {ifMatch}\n"));
        }

        return hash;
    }
}
