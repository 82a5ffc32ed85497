using System.Text.Json.Nodes;
using Json.Schema;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.Swagger;

namespace GeenKindDeBuurtUit.Host.OpenApi;

/// <summary>
/// The JSON request body schema of each operation, taken from the OpenAPI document the platform
/// publishes (docs/adr/0027): the API checks a body against exactly what its document says.
/// Built once, on first use, whether or not the document itself is served.
/// </summary>
internal sealed class RequestBodySchemas(ISwaggerProvider documents)
{
    private readonly Lazy<IReadOnlyDictionary<string, OperationBody>> bodies = new(() => Build(documents));

    /// <summary>The operation's body, by operation id (the endpoint's name); null when it takes no JSON body.</summary>
    public OperationBody? For(string operationId) => bodies.Value.GetValueOrDefault(operationId);

    /// <summary>The document as a JSON tree with its component schemas under <c>$defs</c>, so each body schema stands alone.</summary>
    public static JsonObject Serialize(OpenApiDocument document)
    {
        using var writer = new StringWriter();
        document.SerializeAsV31(new OpenApiJsonWriter(writer));
        var text = writer.ToString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
        return JsonNode.Parse(text)!.AsObject();
    }

    private static Dictionary<string, OperationBody> Build(ISwaggerProvider documents)
    {
        var document = Serialize(documents.GetSwagger(SwaggerSetup.DocumentName));
        var definitions = document["components"]?["schemas"] ?? new JsonObject();
        var bodies = new Dictionary<string, OperationBody>(StringComparer.Ordinal);
        foreach (var operation in document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject()).Select(o => o.Value))
        {
            if (operation?["operationId"]?.GetValue<string>() is not { } id
                || operation["requestBody"] is not JsonObject requestBody
                || requestBody["content"]?["application/json"]?["schema"] is not JsonObject schema)
            {
                continue;
            }

            var root = schema.DeepClone().AsObject();
            root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
            root["$defs"] = definitions.DeepClone();
            var text = root.ToJsonString();
            bodies[id] = new OperationBody(JsonSchema.FromText(text), root, requestBody["required"]?.GetValue<bool>() ?? false);
        }

        return bodies;
    }
}

/// <param name="Schema">The body's schema, with every component it refers to.</param>
/// <param name="Tree">The same schema as a JSON tree, to read the keywords a failure names.</param>
internal sealed record OperationBody(JsonSchema Schema, JsonObject Tree, bool Required);
