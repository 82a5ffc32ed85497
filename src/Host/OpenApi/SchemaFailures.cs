using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using Json.Schema;

namespace GeenKindDeBuurtUit.Host.OpenApi;

/// <summary>
/// Turns a failed schema evaluation into the contract's <c>errors</c>: one entry per field the
/// client sent (<c>participants[0].role</c>, <c>body</c> for the whole body), each saying the form
/// the document expects, all of them at once.
/// </summary>
internal static class SchemaFailures
{
    // Keywords that only say "a part below failed": the part itself carries the useful message.
    private static readonly HashSet<string> Summaries = ["oneOf", "anyOf", "allOf", "$ref", "properties", "items", "prefixItems", "$defs"];

    public static Dictionary<string, string[]> Describe(EvaluationResults results, JsonNode? body, JsonObject schemaTree)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var detail in results.Details.Where(d => d.HasErrors))
        {
            var schema = SchemaAt(schemaTree, detail.EvaluationPath.ToString());
            foreach (var keyword in detail.Errors!.Keys)
            {
                if (Summaries.Contains(keyword) || IsNullBranch(schema, keyword))
                {
                    continue;
                }

                foreach (var (field, message) in Explain(keyword, detail, schema, body))
                {
                    var messages = errors.TryGetValue(field, out var list) ? list : errors[field] = [];
                    if (!messages.Contains(message))
                    {
                        messages.Add(message);
                    }
                }
            }
        }

        if (errors.Count == 0)
        {
            errors["body"] = ["The body does not match this operation's schema in the OpenAPI document."];
        }

        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>A JSON pointer into the body as the field path a client reads: <c>/rows/3/soLow</c> is <c>rows[3].soLow</c>.</summary>
    public static string FieldOf(string pointer)
    {
        if (pointer is "" or "/")
        {
            return "body";
        }

        var field = new StringBuilder();
        foreach (var segment in pointer.TrimStart('/').Split('/').Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)))
        {
            if (int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out _) && field.Length > 0)
            {
                field.Append('[').Append(segment).Append(']');
            }
            else
            {
                field.Append(field.Length > 0 ? "." : string.Empty).Append(segment);
            }
        }

        return field.ToString();
    }

    private static IEnumerable<(string Field, string Message)> Explain(string keyword, EvaluationResults detail, JsonObject? schema, JsonNode? body)
    {
        var instance = detail.InstanceLocation.ToString();
        var field = FieldOf(instance);
        switch (keyword)
        {
            case "required":
                var present = Resolve(body, instance) as JsonObject;
                foreach (var member in (schema?["required"]?.AsArray() ?? []).Select(m => m!.GetValue<string>()).Where(m => present?.ContainsKey(m) != true))
                {
                    yield return (Join(field, member), "Required.");
                }

                break;
            case "additionalProperties":
            case "unevaluatedProperties":
                var known = schema?["properties"]?.AsObject().Select(p => p.Key).ToHashSet(StringComparer.Ordinal) ?? [];
                foreach (var member in (Resolve(body, instance) as JsonObject)?.Select(p => p.Key).Where(k => !known.Contains(k)) ?? [])
                {
                    // A member's name is sent text too: one that identifies a pupil is not repeated.
                    yield return PupilIdentifiers.BrokenRule(member) is null
                        ? (Join(field, member), "Not part of this request: remove it.")
                        : (field, "A member not part of this request, whose name identifies a pupil: remove it.");
                }

                break;
            case "false" or "":
                yield return (field, "Not part of this request: remove it.");
                break;
            default:
                // The evaluator's own wording may quote the value ("5 is not a multiple of 2"): a refused value never comes back.
                yield return (field, Expected(keyword, schema) ?? $"Does not match this operation's schema in the OpenAPI document ({keyword}).");
                break;
        }
    }

    private static string? Expected(string keyword, JsonObject? schema) => keyword switch
    {
        "type" or "format" => Form(schema),
        "enum" or "const" => $"Expected one of {string.Join(", ", (schema?["enum"]?.AsArray() ?? []).Select(v => v?.ToJsonString() ?? "null"))}.",
        "minimum" or "maximum" or "exclusiveMinimum" or "exclusiveMaximum" => $"Expected a number {Bounds(schema)}.",
        "minLength" or "maxLength" => $"Expected {Between(schema?["minLength"], schema?["maxLength"], "characters")}.",
        "minItems" or "maxItems" => $"Expected a list of {Between(schema?["minItems"], schema?["maxItems"], "items")}.",
        "uniqueItems" => "Expected each item once.",
        "pattern" => schema?["description"]?.GetValue<string>() is { } description
            ? $"Does not have the expected form: {description}"
            : $"Does not have the expected form ({schema?["pattern"]}).",
        _ => null,
    };

    private static string Form(JsonObject? schema)
    {
        if (schema?["enum"] is not null)
        {
            return Expected("enum", schema)!;
        }

        var types = schema?["type"] switch
        {
            JsonArray array => array.Select(t => t!.GetValue<string>()).ToList(),
            JsonValue value => [value.GetValue<string>()],
            _ => [],
        };
        var orNull = types.Remove("null") ? " or null" : string.Empty;
        var format = schema?["format"]?.GetValue<string>();
        var form = (types.FirstOrDefault(), format) switch
        {
            ("string", "date") => "a date as YYYY-MM-DD",
            ("string", "date-time") => "a timestamp such as 2026-09-14T10:30:00+02:00",
            ("string", "uuid") => "an id: a UUID such as 7535f312-c0f6-5e5f-b80c-ad86c3116d31",
            ("string", _) => "a string",
            ("integer", _) => "a whole number (a JSON number, not a string)",
            ("number", _) => "a number (a JSON number, not a string)",
            ("boolean", _) => "true or false",
            ("array", _) => "a list (a JSON array)",
            ("object", _) => "a JSON object",
            _ => "another kind of value",
        };
        return $"Expected {form}{orNull}.";
    }

    private static string Bounds(JsonObject? schema)
    {
        var parts = new List<string>();
        if (schema?["minimum"] is { } minimum)
        {
            parts.Add($"at least {minimum}");
        }

        if (schema?["exclusiveMinimum"] is { } above)
        {
            parts.Add($"more than {above}");
        }

        if (schema?["maximum"] is { } maximum)
        {
            parts.Add($"at most {maximum}");
        }

        if (schema?["exclusiveMaximum"] is { } below)
        {
            parts.Add($"less than {below}");
        }

        return string.Join(" and ", parts);
    }

    private static string Between(JsonNode? least, JsonNode? most, string unit) => (least, most) switch
    {
        (null, null) => unit,
        (null, _) => $"at most {most} {unit}",
        (_, null) => $"at least {least} {unit}",
        _ => $"{least} to {most} {unit}",
    };

    // The "null" alternative of a nullable member fails for every value that is not null: not a problem.
    private static bool IsNullBranch(JsonObject? schema, string keyword) =>
        keyword == "type" && schema?["type"] is JsonValue type && type.GetValue<string>() == "null";

    private static string Join(string field, string member) => field == "body" ? member : $"{field}.{member}";

    private static JsonObject? SchemaAt(JsonObject tree, string evaluationPath)
    {
        // The evaluation path follows $ref by name ("/properties/referral/oneOf/1/$ref/properties/type");
        // walking it over the tree, a $ref segment jumps to the definition it names.
        JsonNode? node = tree;
        foreach (var segment in evaluationPath.TrimStart('/').Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Unescape))
        {
            node = segment == "$ref" && node?["$ref"]?.GetValue<string>() is { } reference
                ? Resolve(tree, reference.TrimStart('#'))
                : node switch
                {
                    JsonObject o => o[segment],
                    JsonArray a when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < a.Count => a[i],
                    _ => null,
                };
        }

        return node as JsonObject;
    }

    private static JsonNode? Resolve(JsonNode? root, string pointer)
    {
        var node = root;
        foreach (var segment in pointer.TrimStart('/').Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Unescape))
        {
            node = node switch
            {
                JsonObject o => o[segment],
                JsonArray a when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < a.Count => a[i],
                _ => null,
            };
        }

        return node;
    }

    private static string Unescape(string segment) => segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
}
