using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GeenKindDeBuurtUit.Testing.Contract;

namespace GeenKindDeBuurtUit.Host.Tests.Contract;

/// <summary>Paths and query strings for an operation: mostly real ids and well-formed values, now and then garbage.</summary>
internal static partial class FuzzPaths
{
    private static readonly string[] Garbage = ["not-an-id", "0", "-1", "2026-2025", "9999-10000", "ö", "' or 1=1 --", new string('9', 2000), "%00", "..%2F..%2Fetc"];

    public static string Fill(ContractOperation operation, SchemaValues values, FuzzWorld world, Random random)
    {
        var parameters = operation.Definition["parameters"]?.AsArray().Select(p => p!.AsObject()).ToList() ?? [];
        var path = Template().Replace(operation.Template, match =>
        {
            var name = match.Groups[1].Value;
            var schema = parameters.FirstOrDefault(p => p["name"]?.GetValue<string>() == name)?["schema"];
            return Uri.EscapeDataString(Value(name, schema, values, world, random));
        });
        var query = parameters
            .Where(p => p["in"]?.GetValue<string>() == "query" && random.NextDouble() < 0.4)
            .Select(p => p["name"]!.GetValue<string>() + "=" + Uri.EscapeDataString(Value(p["name"]!.GetValue<string>(), p["schema"], values, world, random)))
            .ToList();
        return query.Count == 0 ? path : path + "?" + string.Join('&', query);
    }

    private static string Value(string name, JsonNode? schema, SchemaValues values, FuzzWorld world, Random random)
    {
        if (random.NextDouble() < 0.1)
        {
            return Garbage[random.Next(Garbage.Length)];
        }

        if (name.Equals("schoolYear", StringComparison.OrdinalIgnoreCase))
        {
            return random.NextDouble() < 0.8 ? FuzzWorld.SchoolYear : "2025-2026";
        }

        var ids = world.IdsFor(name);
        if (name.EndsWith("Id", StringComparison.Ordinal) && ids.Count > 0)
        {
            return (random.NextDouble() < 0.9 ? ids[random.Next(ids.Count)] : Guid.NewGuid()).ToString();
        }

        return values.Valid(schema, name) switch
        {
            JsonValue v => v.ToString(),
            JsonArray a => string.Join(',', a.Select(i => i?.ToString())),
            var other => other?.ToJsonString() ?? "",
        };
    }

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex Template();
}
