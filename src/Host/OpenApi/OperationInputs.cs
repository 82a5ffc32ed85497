using System.Text.Json.Nodes;
using Json.Schema;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.Swagger;

namespace GeenKindDeBuurtUit.Host.OpenApi;

/// <summary>
/// What each operation accepts, taken from the OpenAPI document the platform publishes
/// (docs/adr/0027): its JSON body's schema and its query and path parameters' schemas. The API
/// checks a request against exactly what its document says. Built once, on first use, whether or
/// not the document itself is served.
/// </summary>
internal sealed class OperationInputs(ISwaggerProvider documents)
{
    private const string ComponentPrefix = "#/$defs/";

    private readonly Lazy<IReadOnlyDictionary<string, OperationInput>> operations = new(() => Build(documents));

    /// <summary>The operation's input, by operation id (the endpoint's name); null for an operation the document does not know.</summary>
    public OperationInput? For(string operationId) => operations.Value.GetValueOrDefault(operationId);

    /// <summary>The document as a JSON tree with its component schemas under <c>$defs</c>, so each schema stands alone.</summary>
    public static JsonObject Serialize(OpenApiDocument document)
    {
        using var writer = new StringWriter();
        document.SerializeAsV31(new OpenApiJsonWriter(writer));
        var text = writer.ToString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
        return JsonNode.Parse(text)!.AsObject();
    }

    private static Dictionary<string, OperationInput> Build(ISwaggerProvider documents)
    {
        var document = Serialize(documents.GetSwagger(SwaggerSetup.DocumentName));
        var definitions = document["components"]?["schemas"] ?? new JsonObject();
        var operations = new Dictionary<string, OperationInput>(StringComparer.Ordinal);
        foreach (var operation in document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject()).Select(o => o.Value))
        {
            if (operation?["operationId"]?.GetValue<string>() is not { } id)
            {
                continue;
            }

            var body = operation["requestBody"] is JsonObject requestBody && requestBody["content"]?["application/json"]?["schema"] is JsonObject schema
                ? new OperationBody(Compile(schema, definitions), requestBody["required"]?.GetValue<bool>() ?? false)
                : null;
            var parameters = (operation["parameters"]?.AsArray() ?? [])
                .OfType<JsonObject>()
                .Where(p => p["in"]?.GetValue<string>() is "query" or "path" && p["schema"] is JsonObject)
                .Select(p => new OperationParameter(
                    p["name"]!.GetValue<string>(),
                    p["in"]!.GetValue<string>() == "path",
                    Compile(p["schema"]!.AsObject(), definitions)))
                .ToList();
            operations[id] = new OperationInput(body, parameters);
        }

        return operations;
    }

    // Only the components the schema reaches: the evaluator walks every subschema it is given on each
    // evaluation, so a uuid parameter carrying the whole document's components cost more than its request.
    private static CompiledSchema Compile(JsonObject schema, JsonNode definitions)
    {
        var root = schema.DeepClone().AsObject();
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        var reached = new JsonObject();
        var pending = new Queue<string>(References(root));
        while (pending.TryDequeue(out var name))
        {
            if (reached.ContainsKey(name) || definitions[name] is not JsonObject component)
            {
                continue;
            }

            reached[name] = component.DeepClone();
            foreach (var further in References(component))
            {
                pending.Enqueue(further);
            }
        }

        if (reached.Count > 0)
        {
            root["$defs"] = reached;
        }

        return new CompiledSchema(JsonSchema.FromText(root.ToJsonString()), root);
    }

    private static IEnumerable<string> References(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "$ref" && p.Value is JsonValue target && target.GetValue<string>().StartsWith(ComponentPrefix, StringComparison.Ordinal)
            ? [target.GetValue<string>()[ComponentPrefix.Length..]]
            : References(p.Value)),
        JsonArray a => a.SelectMany(References),
        _ => [],
    };
}

/// <param name="Schema">The schema, with every component it refers to.</param>
/// <param name="Tree">The same schema as a JSON tree, to read the keywords a failure names.</param>
internal sealed record CompiledSchema(JsonSchema Schema, JsonObject Tree);

internal sealed record OperationBody(CompiledSchema Schema, bool Required);

internal sealed record OperationParameter(string Name, bool InPath, CompiledSchema Schema);

internal sealed record OperationInput(OperationBody? Body, IReadOnlyList<OperationParameter> Parameters);
