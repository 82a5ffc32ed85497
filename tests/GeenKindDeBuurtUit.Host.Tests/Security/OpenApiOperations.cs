using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.Host.Tests.Security;

/// <summary>The operations (method and path template) the host documents at /swagger/v1/swagger.json.</summary>
internal static class OpenApiOperations
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    public static async Task<IReadOnlyList<(string Method, string Template, JsonObject Operation)>> ReadAsync(PlatformFactory platform)
    {
        var document = JsonNode.Parse(await platform.CreateClient().GetStringAsync("/swagger/v1/swagger.json"))!.AsObject();
        return document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject()
                .Where(operation => Methods.Contains(operation.Key))
                .Select(operation => (operation.Key.ToUpperInvariant(), path.Key, operation.Value!.AsObject())))
            .ToList();
    }

    public static bool TakesJson(JsonObject operation) => operation["requestBody"]?["content"]?["application/json"] is not null;
}
