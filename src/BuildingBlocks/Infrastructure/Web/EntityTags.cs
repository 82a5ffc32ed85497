using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;

/// <summary>Versions travel as strong ETags (<c>"3"</c>); <c>If-Match</c> may quote them or not.</summary>
public static class EntityTags
{
    public static void SetETag(this HttpResponse response, string version) => response.Headers.ETag = $"\"{version}\"";

    /// <summary>200 with the resource's version as ETag: what its next change sends back as If-Match.</summary>
    public static Ok<T> OkWithETag<T>(this HttpResponse response, T value, Func<T, string> version)
    {
        response.SetETag(version(value));
        return TypedResults.Ok(value);
    }

    /// <summary>
    /// For a resource that never changes or is computed (a ledger entry, an observation, a load
    /// report): the ETag is a hash of its content, so it moves exactly when the answer does.
    /// Such resources take no change, so no If-Match is ever compared with it.
    /// </summary>
    /// <param name="representation">What else decides the bytes sent (for example the Accept header when the same content may go out as CSV).</param>
    public static T WithContentETag<T>(this HttpResponse response, T value, string representation = "")
    {
        var content = JsonSerializer.SerializeToUtf8Bytes(value, JsonSerializerOptions.Web);
        var hash = SHA256.HashData([.. System.Text.Encoding.UTF8.GetBytes(representation + "\n"), .. content]);
        response.Headers.ETag = $"\"c-{Convert.ToHexStringLower(hash.AsSpan(0, 12))}\"";
        return value;
    }

    public static string? IfMatch(this HttpRequest request)
    {
        var value = request.Headers.IfMatch.ToString().Trim();
        if (value.Length == 0 || value == "*")
        {
            return null;
        }

        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        return value.Trim('"');
    }
}
