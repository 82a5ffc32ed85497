using System.Text.Json.Nodes;

namespace GeenKindDeBuurtUit.Host.Tests.Contract;

/// <summary>A request body of one kind, made from a body the schema allows by breaking one thing in it.</summary>
internal static class FuzzBodies
{
    public static (string? Body, string? ContentType) Make(string kind, JsonNode? valid, SchemaValues values, JsonNode schema, Random random, string[] unicode)
    {
        const string Json = "application/json";
        var members = (valid as JsonObject)?.Select(m => m.Key).ToList() ?? [];
        string? Any() => members.Count == 0 ? null : members[random.Next(members.Count)];
        switch (kind)
        {
            case "no body":
                return (null, null);
            case "null":
                return ("null", Json);
            case "array":
                return ("[" + valid?.ToJsonString() + "]", Json);
            case "malformed":
                var text = valid?.ToJsonString() ?? "{}";
                return (text[..Math.Max(1, text.Length / 2)], Json);
            case "text/plain":
                return (valid?.ToJsonString(), "text/plain");
            case "wrong type" when Any() is { } member:
                valid![member] = WrongType(valid[member], random);
                break;
            case "missing member" when Any() is { } member:
                var required = values.Resolve(schema)?["required"]?.AsArray().Select(r => r!.GetValue<string>()).Where(members.Contains).ToList();
                valid!.AsObject().Remove(required is { Count: > 0 } ? required[random.Next(required.Count)] : member);
                break;
            case "extra member" when valid is JsonObject extra:
                extra["unexpectedMember" + random.Next(100)] = "surprise";
                break;
            case "null member" when Any() is { } member:
                valid![member] = null;
                break;
            case "huge string" when Any() is { } member:
                // Past the 256 KB body limit now and then, just under it otherwise.
                valid![member] = new string('x', random.Next(2) == 0 ? 300_000 : 60_000);
                break;
            case "unicode string" when Any() is { } member:
                valid![member] = unicode[random.Next(unicode.Length)];
                break;
        }

        return (valid?.ToJsonString() ?? "null", Json);
    }

    private static JsonNode? WrongType(JsonNode? value, Random random) => value switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => random.Next(2) == 0 ? JsonValue.Create(12345) : new JsonArray(JsonValue.Create(s)),
        JsonValue v when v.TryGetValue<bool>(out _) => JsonValue.Create("true"),
        JsonValue v => JsonValue.Create(v.ToJsonString()),
        JsonArray => JsonValue.Create("not a list"),
        JsonObject => JsonValue.Create(true),
        _ => new JsonObject(),
    };
}
