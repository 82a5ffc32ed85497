using Microsoft.AspNetCore.Http;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;

/// <summary>Versions travel as strong ETags (<c>"3"</c>); <c>If-Match</c> may quote them or not.</summary>
public static class EntityTags
{
    public static void SetETag(this HttpResponse response, string version) => response.Headers.ETag = $"\"{version}\"";

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
