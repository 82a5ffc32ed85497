using System.Globalization;
using System.Text.Json.Nodes;
using Json.Pointer;

namespace GeenKindDeBuurtUit.Host.Tests.Contract;

/// <summary>
/// Values a schema allows, made from the schema itself (required members, enums, bounds, formats),
/// so the fuzz's valid requests get better as the document gets more precise. Ids come from the
/// arranged world where a member's name says what it refers to.
/// </summary>
internal sealed class SchemaValues(JsonObject document, Func<string, IReadOnlyList<Guid>> ids, Random random, bool boundary)
{
    private const int MaxDepth = 5;

    public JsonNode? Valid(JsonNode? schema, string name, int depth = 0)
    {
        var s = Resolve(schema);
        if (s is null || depth > MaxDepth)
        {
            return JsonValue.Create("x");
        }

        if (s["const"] is { } constant)
        {
            return constant.DeepClone();
        }

        if (s["enum"] is JsonArray { Count: > 0 } values)
        {
            return Pick(values.Where(v => v is not null).ToList())?.DeepClone();
        }

        if ((s["oneOf"] ?? s["anyOf"]) is JsonArray { Count: > 0 } alternatives)
        {
            var concrete = alternatives.Where(a => TypeOf(Resolve(a)) != "null").ToList();
            return concrete.Count == 0 ? null : Valid(Pick(concrete), name, depth + 1);
        }

        if (s["allOf"] is JsonArray { Count: > 0 } all)
        {
            return Valid(all[0], name, depth + 1);
        }

        return TypeOf(s) switch
        {
            "null" => null,
            "string" => JsonValue.Create(Text(s, name)),
            "integer" => JsonValue.Create((long)Number(s, integer: true)),
            "number" => JsonValue.Create(Math.Round((decimal)Number(s, integer: false), 2)),
            "boolean" => JsonValue.Create(random.Next(2) == 0),
            "array" => Array(s, name, depth),
            _ => Object(s, depth),
        };
    }

    public JsonObject? Resolve(JsonNode? schema)
    {
        for (var hops = 0; schema is JsonObject o && o["$ref"]?.GetValue<string>() is { } reference && hops < 10; hops++)
        {
            schema = reference.StartsWith('#') && JsonPointer.Parse(reference[1..]).TryEvaluate(document, out var target) ? target : null;
        }

        return schema as JsonObject;
    }

    public static string? TypeOf(JsonObject? schema) => schema?["type"] switch
    {
        JsonValue v => v.GetValue<string>(),
        JsonArray a => a.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null") ?? "null",
        _ => schema?["properties"] is not null ? "object" : null,
    };

    private JsonObject Object(JsonObject s, int depth)
    {
        var result = new JsonObject();
        var required = s["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToHashSet() ?? [];
        foreach (var (member, schema) in s["properties"]?.AsObject() ?? [])
        {
            if (required.Contains(member) || random.NextDouble() < 0.7)
            {
                result[member] = Valid(schema, member, depth + 1);
            }
        }

        return result;
    }

    private JsonArray Array(JsonObject s, string name, int depth)
    {
        var min = Int(s, "minItems") ?? 1;
        var max = Math.Max(min, Math.Min(Int(s, "maxItems") ?? 3, 3));
        var items = Enumerable.Range(0, boundary ? max : random.Next(min, max + 1)).Select(_ => Valid(s["items"], name, depth + 1)).ToList();
        if (s["uniqueItems"]?.GetValue<bool>() == true)
        {
            items = items.DistinctBy(i => i?.ToJsonString()).ToList();
        }

        return new JsonArray(items.ToArray());
    }

    private string Text(JsonObject s, string name)
    {
        var format = s["format"]?.GetValue<string>();
        if (format == "uuid" || name.EndsWith("Id", StringComparison.Ordinal) || name.EndsWith("Ids", StringComparison.Ordinal))
        {
            // Mostly something real, now and then an id nobody knows.
            var known = ids(name);
            return (known.Count > 0 && random.NextDouble() < 0.85 ? Pick(known) : Guid.NewGuid()).ToString();
        }

        if (format == "date")
        {
            return FuzzWorld.Date(-random.Next(0, 60));
        }

        if (format == "date-time")
        {
            return DateTimeOffset.UtcNow.AddDays(-random.Next(0, 60)).ToString("O", CultureInfo.InvariantCulture);
        }

        if (name.Contains("schoolYear", StringComparison.OrdinalIgnoreCase))
        {
            return FuzzWorld.SchoolYear;
        }

        var min = Int(s, "minLength") ?? 1;
        var max = Math.Max(min, Math.Min(Int(s, "maxLength") ?? 24, 4096));
        var length = boundary ? (random.Next(2) == 0 ? min : max) : random.Next(min, Math.Min(max, min + 20) + 1);
        // Letters and digits fit every pattern this API uses for names and references.
        var prefix = name.Equals("pupilRef", StringComparison.OrdinalIgnoreCase) ? "FZ" : "Fz";
        var text = prefix + Guid.NewGuid().ToString("N");
        while (text.Length < length)
        {
            text += Guid.NewGuid().ToString("N");
        }

        return text[..Math.Max(length, 0)];
    }

    private double Number(JsonObject s, bool integer)
    {
        var min = Double(s, "minimum") ?? (Double(s, "exclusiveMinimum") is { } em ? em + (integer ? 1 : 0.01) : 0);
        var max = Double(s, "maximum") ?? (Double(s, "exclusiveMaximum") is { } eM ? eM - (integer ? 1 : 0.01) : min + 10);
        max = Math.Max(min, Math.Min(max, min + 1_000_000));
        var value = boundary ? (random.Next(2) == 0 ? min : max) : min + (random.NextDouble() * (max - min));
        return integer ? Math.Ceiling(value) > max ? Math.Floor(value) : Math.Ceiling(value) : value;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static int? Int(JsonObject s, string key) => s[key] is JsonValue v ? (int)Math.Min(v.GetValue<double>(), int.MaxValue) : null;

    private static double? Double(JsonObject s, string key) => s[key] is JsonValue v && v.TryGetValue<double>(out var d) ? d : null;
}
