using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Pointer;
using Json.Schema;

namespace GeenKindDeBuurtUit.Testing.Contract;

/// <summary>
/// A served OpenAPI 3.1 document, read once: its operations by method and path template, and its
/// schemas as JSON Schema 2020-12 with the whole document registered, so every
/// <c>$ref: #/components/schemas/...</c> resolves as a client's validator would resolve it.
/// </summary>
public sealed class ContractDocument
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];
    private readonly List<ContractOperation> _operations;
    private readonly Uri _baseUri = new($"https://contract.invalid/{Guid.NewGuid():N}/openapi.json");
    private readonly ConcurrentDictionary<string, JsonSchema> _schemas = new();

    public ContractDocument(JsonNode document)
    {
        Root = document.AsObject();
        Options = new EvaluationOptions
        {
            EvaluateAs = SpecVersion.Draft202012,
            OutputFormat = OutputFormat.List,
            RequireFormatValidation = true,
        };
        Options.SchemaRegistry.Register(new JsonNodeBaseDocument(Root, _baseUri));
        _operations = Root["paths"]?.AsObject()
            .SelectMany(path => path.Value!.AsObject()
                .Where(operation => Methods.Contains(operation.Key))
                .Select(operation => new ContractOperation(operation.Key.ToUpperInvariant(), path.Key, operation.Value!.AsObject(), Pattern(path.Key))))
            // Literal segments win over templates: /support-cases/escalated is not /support-cases/{caseId}.
            .OrderBy(operation => operation.Template.Count(c => c == '{'))
            .ToList() ?? [];
    }

    public JsonObject Root { get; }

    public EvaluationOptions Options { get; }

    public IReadOnlyList<ContractOperation> Operations => _operations;

    public static ContractDocument Parse(string json) => new(JsonNode.Parse(json) ?? throw new ArgumentException("An empty OpenAPI document.", nameof(json)));

    public ContractOperation? Find(string method, string path) =>
        _operations.FirstOrDefault(o => o.Method == method.ToUpperInvariant() && o.Matches(path));

    public bool HasPath(string path) => _operations.Any(o => o.Matches(path));

    /// <summary>Evaluates an instance against the schema at a JSON Pointer into the document.</summary>
    public EvaluationResults Evaluate(JsonPointer schemaLocation, JsonNode? instance)
    {
        var pointer = schemaLocation.ToString();
        var schema = _schemas.GetOrAdd(pointer, p => JsonSchema.FromText($$"""{ "$ref": "{{_baseUri}}#{{p}}" }"""));
        return schema.Evaluate(instance, Options);
    }

    private static Regex Pattern(string template) =>
        new("^" + Regex.Replace(Regex.Escape(template), @"\\\{[^}]+}", "[^/]+") + "/?$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}

public sealed record ContractOperation(string Method, string Template, JsonObject Definition, Regex Pattern)
{
    public string Name => $"{Method} {Template}";

    public bool Matches(string path) => Pattern.IsMatch(path);
}
