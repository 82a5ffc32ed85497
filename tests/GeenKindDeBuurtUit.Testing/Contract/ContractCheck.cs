using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Pointer;
using Json.Schema;

namespace GeenKindDeBuurtUit.Testing.Contract;

/// <summary>What an answer must be, given the document: a documented operation, status, headers, media type and body.</summary>
public static class ContractCheck
{
    /// <summary>The headers a client is told to rely on; others (Date, Server, ...) are transport, not contract.</summary>
    public static readonly IReadOnlyList<string> ContractHeaders = ["Location", "ETag", "Retry-After", "Idempotent-Replayed"];

    private const int MaxSchemaErrors = 12;

    public static IReadOnlyList<ContractViolation> Check(ContractDocument document, ContractAnswer answer)
    {
        var operation = document.Find(answer.Method, answer.Path);
        if (operation is null)
        {
            // Refusing a route or method the document does not offer is the right answer, not a breach of it.
            return answer.Status is 404 or 405
                ? []
                : [new($"{answer.Method} {answer.Path}", answer.Status, ContractViolation.UndocumentedOperation, "no operation in the document matches this method and path")];
        }

        var status = answer.Status.ToString(CultureInfo.InvariantCulture);
        var responses = operation.Definition["responses"]?.AsObject();
        var key = new[] { status, $"{status[0]}XX", "default" }.FirstOrDefault(k => responses?.ContainsKey(k) == true);
        if (key is null)
        {
            return [new(operation.Name, answer.Status, ContractViolation.UndocumentedStatus, $"documented: {string.Join(", ", responses?.Select(r => r.Key) ?? [])}")];
        }

        var (response, pointer) = Resolve(document, responses![key]!.AsObject(), $"/paths/{Escape(operation.Template)}/{operation.Method.ToLowerInvariant()}/responses/{Escape(key)}");
        var violations = new List<ContractViolation>();
        var declared = response["headers"]?.AsObject().Select(h => h.Key).ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
        violations.AddRange(answer.Headers
            .Where(h => ContractHeaders.Contains(h, StringComparer.OrdinalIgnoreCase) && !declared.Contains(h))
            .Select(h => new ContractViolation(operation.Name, answer.Status, ContractViolation.UndocumentedHeader, $"{h} is sent but not declared on {key}")));
        violations.AddRange(CheckBody(document, operation, answer, response, pointer));
        return violations;
    }

    private static IEnumerable<ContractViolation> CheckBody(ContractDocument document, ContractOperation operation, ContractAnswer answer, JsonObject response, string pointer)
    {
        var content = response["content"]?.AsObject();
        if (string.IsNullOrEmpty(answer.Body))
        {
            if (content is { Count: > 0 } && answer.Method != "HEAD" && answer.Status is not (204 or 304))
            {
                yield return new(operation.Name, answer.Status, ContractViolation.BodyMismatch, $"empty body, the document promises {string.Join(" or ", content.Select(c => c.Key))}");
            }

            yield break;
        }

        var mediaType = answer.MediaType ?? "(none)";
        if (content is null || !content.ContainsKey(mediaType))
        {
            yield return new(operation.Name, answer.Status, ContractViolation.UndocumentedMediaType, $"{mediaType} is sent; documented: {(content is null ? "no body" : string.Join(", ", content.Select(c => c.Key)))}");
            yield break;
        }

        if (!IsJson(mediaType) || content[mediaType]?["schema"] is null)
        {
            yield break;
        }

        JsonNode? instance;
        string? parseError = null;
        try
        {
            instance = JsonNode.Parse(answer.Body);
        }
        catch (JsonException e)
        {
            instance = null;
            parseError = e.Message;
        }

        if (parseError is not null)
        {
            yield return new(operation.Name, answer.Status, ContractViolation.BodyMismatch, $"{mediaType} that is not JSON: {parseError}");
            yield break;
        }

        var result = document.Evaluate(JsonPointer.Parse($"{pointer}/content/{Escape(mediaType)}/schema"), instance);
        if (!result.IsValid)
        {
            yield return new(operation.Name, answer.Status, ContractViolation.BodyMismatch, string.Join("; ", Errors(result).Take(MaxSchemaErrors)));
        }
    }

    /// <summary>The validator's own messages, each at the place in the body it concerns.</summary>
    public static IEnumerable<string> Errors(EvaluationResults result) =>
        new[] { result }.Concat(result.Details)
            .Where(d => d.HasErrors)
            .SelectMany(d => d.Errors!.Select(e => $"{(d.InstanceLocation.Count == 0 ? "(body)" : d.InstanceLocation.ToString())}: {e.Value}"))
            .Distinct();

    public static bool IsJson(string mediaType) => mediaType == "application/json" || mediaType.EndsWith("+json", StringComparison.Ordinal);

    /// <summary>A response given as <c>$ref</c> to <c>#/components/responses/...</c>: its object and where it lives.</summary>
    private static (JsonObject Response, string Pointer) Resolve(ContractDocument document, JsonObject response, string pointer)
    {
        if (response["$ref"]?.GetValue<string>() is { } reference && reference.StartsWith('#'))
        {
            var target = JsonPointer.Parse(reference[1..]);
            if (target.TryEvaluate(document.Root, out var node) && node is JsonObject resolved)
            {
                return (resolved, reference[1..]);
            }
        }

        return (response, pointer);
    }

    private static string Escape(string segment) => segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}

/// <summary>An answer as the check needs it: no HttpResponseMessage, so the check is easy to test alone.</summary>
public sealed record ContractAnswer(string Method, string Path, int Status, IReadOnlyList<string> Headers, string? MediaType, string? Body);
