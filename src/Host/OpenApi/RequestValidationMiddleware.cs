using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;
using Json.Schema;

namespace GeenKindDeBuurtUit.Host.OpenApi;

/// <summary>
/// Checks a request against its operation in the OpenAPI document before the endpoint binds it
/// (docs/adr/0027): the query and path parameters against their schemas, and the JSON body, read
/// once, against the body's schema. Every member or parameter that is missing, of the wrong type,
/// outside its bounds or unknown is reported together, each with the form expected, and nothing
/// runs. What passes binds without surprises, numbers as numbers.
/// </summary>
internal sealed partial class RequestValidationMiddleware(RequestDelegate next, OperationInputs inputs)
{
    /// <summary>What a missing, empty or <c>null</c> body is told, on every operation whose document requires a body.</summary>
    public const string BodyRequired = "A JSON object is required.";

    private const string TooLarge = "The number is out of any bound this API takes.";

    // No text of the domain holds it, and PostgreSQL's text cannot store it: refused on every engine alike.
    private const string HoldsNul = "Text may not contain the NUL character (U+0000).";

    // Nearly every request passes: the flag alone answers that, and only a failing one is evaluated
    // again for the list that names each field and rule.
    private static readonly EvaluationOptions Passes = new() { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true };

    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    private static ReadOnlySpan<byte> JsonWhitespace => [(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n'];

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName is not { } operationId
            || inputs.For(operationId) is not { } input)
        {
            await next(context);
            return;
        }

        var errors = CheckParameters(context, input.Parameters);
        if (input.Body is { } body && !HttpMethods.IsGet(context.Request.Method))
        {
            context.Request.EnableBuffering();
            foreach (var (field, messages) in await CheckBodyAsync(context.Request, body, context.RequestAborted) ?? [])
            {
                errors[field] = messages;
            }
        }

        if (errors.Count > 0)
        {
            await ProblemResponses.WriteAsync(context, new HttpValidationProblemDetails(errors)
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request is invalid.",
                Detail = "One or more fields are invalid; see errors.",
            });
            return;
        }

        if (input.Body is not null && context.Request.Body.CanSeek)
        {
            context.Request.Body.Position = 0;
        }

        await next(context);
    }

    private static Dictionary<string, string[]> CheckParameters(HttpContext context, IReadOnlyList<OperationParameter> parameters)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var parameter in parameters)
        {
            IEnumerable<string?> values = parameter.InPath
                ? [context.Request.RouteValues.TryGetValue(parameter.Name, out var route) ? Convert.ToString(route, System.Globalization.CultureInfo.InvariantCulture) : null]
                : context.Request.Query.TryGetValue(parameter.Name, out var query) ? query.AsEnumerable() : [];
            foreach (var value in values.OfType<string>())
            {
                if (value.Contains('\0', StringComparison.Ordinal))
                {
                    errors[parameter.Name] = [HoldsNul];
                    continue;
                }

                if (JsonNumber().IsMatch(value) && !FitsANumber(value))
                {
                    errors[parameter.Name] = [TooLarge];
                    continue;
                }

                var instance = AsJson(value, parameter.Schema.Tree);
                if (!parameter.Schema.Schema.Evaluate(instance, Passes).IsValid)
                {
                    var results = parameter.Schema.Schema.Evaluate(instance, Evaluation);
                    errors[parameter.Name] = [.. SchemaFailures.Describe(results, instance, parameter.Schema.Tree).SelectMany(e => e.Value).Distinct()];
                }
            }
        }

        return errors;
    }

    // A query or path value is text; the schema says whether it stands for a number or a boolean.
    private static JsonNode? AsJson(string value, JsonObject schema)
    {
        var types = schema["type"] switch
        {
            JsonArray array => array.Select(t => t!.GetValue<string>()).ToList(),
            JsonValue single => [single.GetValue<string>()],
            _ => [],
        };
        if ((types.Contains("integer") || types.Contains("number")) && JsonNumber().IsMatch(value))
        {
            return JsonNode.Parse(value);
        }

        return types.Contains("boolean") && value is "true" or "false" ? JsonValue.Create(value == "true") : JsonValue.Create(value);
    }

    private static async Task<Dictionary<string, string[]>?> CheckBodyAsync(HttpRequest request, OperationBody body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        request.Body.Position = 0;
        await request.Body.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (bytes.Span.TrimStart(JsonWhitespace).IsEmpty)
        {
            return body.Required ? Single("body", BodyRequired) : null;
        }

        if (!IsJson(request.ContentType))
        {
            // Not ours to judge: the endpoint answers 415 and says which content type it expects.
            return null;
        }

        JsonNode? document;
        try
        {
            document = JsonNode.Parse(bytes.Span, documentOptions: new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException malformed)
        {
            return Single("body", $"The body is not valid JSON: {Where(malformed)}.");
        }

        if (document is null)
        {
            return body.Required ? Single("body", BodyRequired) : null;
        }

        // A number no decimal holds (1e400) would overflow the evaluation: it is simply out of bounds.
        var oversized = Numbers(document, string.Empty).Where(n => !FitsANumber(n.Value)).ToList();
        if (oversized.Count > 0)
        {
            return oversized.ToDictionary(n => SchemaFailures.FieldOf(n.Pointer), _ => new[] { TooLarge }, StringComparer.Ordinal);
        }

        var nulls = Texts(document, string.Empty).Where(t => t.Value.Contains('\0', StringComparison.Ordinal)).ToList();
        if (nulls.Count > 0)
        {
            return nulls.GroupBy(t => SchemaFailures.FieldOf(t.Pointer), StringComparer.Ordinal).ToDictionary(g => g.Key, _ => new[] { HoldsNul }, StringComparer.Ordinal);
        }

        if (body.Schema.Schema.Evaluate(document, Passes).IsValid)
        {
            return null;
        }

        var results = body.Schema.Schema.Evaluate(document, Evaluation);
        return SchemaFailures.Describe(results, document, body.Schema.Tree);
    }

    private static IEnumerable<(string Pointer, string Value)> Numbers(JsonNode? node, string pointer) => node switch
    {
        JsonObject o => o.SelectMany(p => Numbers(p.Value, Child(pointer, p.Key))),
        JsonArray a => a.SelectMany((item, i) => Numbers(item, $"{pointer}/{i}")),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => [(pointer, v.ToJsonString())],
        _ => [],
    };

    /// <summary>Every text in the body, member names included (a name is reported where it stands).</summary>
    private static IEnumerable<(string Pointer, string Value)> Texts(JsonNode? node, string pointer) => node switch
    {
        JsonObject o => o.SelectMany(p => Texts(p.Value, Child(pointer, p.Key)).Prepend((Child(pointer, p.Key), p.Key))),
        JsonArray a => a.SelectMany((item, i) => Texts(item, $"{pointer}/{i}")),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => [(pointer, v.GetValue<string>())],
        _ => [],
    };

    private static string Child(string pointer, string name) =>
        $"{pointer}/{name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)}";

    private static bool FitsANumber(string text) =>
        decimal.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);

    private static string Where(JsonException malformed) =>
        malformed.LineNumber is { } line
            ? $"line {line + 1}, position {(malformed.BytePositionInLine ?? 0) + 1}"
            : "it could not be read";

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
        && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    private static Dictionary<string, string[]> Single(string field, string message) => new(StringComparer.Ordinal) { [field] = [message] };

    [GeneratedRegex(@"\A-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?\z")]
    private static partial Regex JsonNumber();
}
