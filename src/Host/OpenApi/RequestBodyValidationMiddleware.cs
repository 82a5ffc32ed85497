using System.Text.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;
using Json.Schema;

namespace GeenKindDeBuurtUit.Host.OpenApi;

/// <summary>
/// Reads a JSON request body once and checks it against the operation's schema in the OpenAPI
/// document before the endpoint binds it (docs/adr/0027): every member that is missing, of the
/// wrong type, outside its bounds or unknown is reported together, each with the form expected,
/// and nothing runs. A body that passes binds without surprises, numbers as numbers.
/// </summary>
internal sealed class RequestBodyValidationMiddleware(RequestDelegate next, RequestBodySchemas schemas)
{
    /// <summary>What a missing, empty or <c>null</c> body is told, on every operation whose document requires a body.</summary>
    public const string BodyRequired = "A JSON object is required.";

    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName is not { } operationId
            || schemas.For(operationId) is not { } body
            || HttpMethods.IsGet(context.Request.Method))
        {
            await next(context);
            return;
        }

        context.Request.EnableBuffering();
        var errors = await CheckAsync(context.Request, body, context.RequestAborted);
        if (errors is not null)
        {
            await ProblemResponses.WriteAsync(context, new HttpValidationProblemDetails(errors)
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request is invalid.",
                Detail = "One or more fields are invalid; see errors.",
            });
            return;
        }

        context.Request.Body.Position = 0;
        await next(context);
    }

    private static async Task<Dictionary<string, string[]>?> CheckAsync(HttpRequest request, OperationBody body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        request.Body.Position = 0;
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.ToArray().All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
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
            document = JsonNode.Parse(buffer.ToArray(), documentOptions: new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException malformed)
        {
            return Single("body", $"The body is not valid JSON: {Where(malformed)}.");
        }

        if (document is null)
        {
            return body.Required ? Single("body", BodyRequired) : null;
        }

        var results = body.Schema.Evaluate(document, Evaluation);
        return results.IsValid ? null : SchemaFailures.Describe(results, document, body.Tree);
    }

    private static string Where(JsonException malformed) =>
        malformed.LineNumber is { } line
            ? $"line {line + 1}, position {(malformed.BytePositionInLine ?? 0) + 1}"
            : "it could not be read";

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
        && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    private static Dictionary<string, string[]> Single(string field, string message) => new(StringComparer.Ordinal) { [field] = [message] };
}
