using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.Testing;
using Xunit.Abstractions;

namespace GeenKindDeBuurtUit.Host.Tests.Security;

/// <summary>
/// No text identifies a pupil (domain rule 7, docs/adr/0033): every string member of every JSON
/// body, found in the served OpenAPI document, is sent holding a citizen service number (BSN) in
/// the groupings people write one in or an ECK iD. A free-text member (a string without format,
/// enum or pattern) answers 400 naming it and the rule; any other string member is refused by its
/// form. No answer and no log line repeats the value, and nothing is stored. A free-text member added later without
/// the shared screening fails here by name.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class FreeTextScreeningTests(PlatformFactory platform, ITestOutputHelper output)
{
    private static readonly string[] Identifiers =
        ["BSN 1234.56.782", "nummer 123-456-782", "bsn:123 456 782", "zie https://ketenid.nl/201703/8dfac1c6f4b1d2a8"];

    /// <summary>What must never come back in an answer, in any of the notations sent.</summary>
    private static readonly string[] Echoes = ["1234.56.782", "123-456-782", "123 456 782", "123456782", "ketenid.nl", "8dfac1c6"];

    [Fact]
    public async Task Every_string_member_of_every_json_body_refuses_a_pupil_identifier_without_repeating_it()
    {
        var document = JsonNode.Parse(await platform.CreateClient().GetStringAsync("/swagger/v1/swagger.json"))!.AsObject();
        var world = await MatrixWorld.ForAsync(platform);
        using var logs = LogCapture.Attach(platform);
        var clients = new MatrixClients(platform, world);
        var operations = (await OpenApiOperations.ReadAsync(platform)).Where(o => OpenApiOperations.TakesJson(o.Operation))
            .ToDictionary(o => $"{o.Method} {o.Template}", o => o.Operation);
        var failures = new List<string>();
        var (exercised, freeText, sent) = (0, 0, 0);

        foreach (var row in AuthorizationMatrix.Rows.Where(r => operations.ContainsKey($"{r.Method} {r.Template}")))
        {
            exercised++;
            var name = $"{row.Method} {row.Template}";
            var caller = row.Expect.Succeeds(Caller.Admin) ? Caller.Admin : Callers.Authenticated.First(row.Expect.Succeeds);
            var call = await row.Arrange(world);
            var body = JsonSerializer.SerializeToNode(call.Body ?? new { }, JsonSerializerOptions.Web)!;
            var schema = operations[name]["requestBody"]!["content"]!["application/json"]!["schema"]!.AsObject();
            foreach (var member in StringMembers(document, schema, string.Empty))
            {
                freeText += member.FreeText ? 1 : 0;
                foreach (var identifier in member.FreeText ? Identifiers : Identifiers[..1])
                {
                    sent++;
                    var variant = body.DeepClone();
                    Set(variant, member.Path, identifier);
                    var before = await DatabaseFingerprint.SettledAsync(platform.ConnectionString);
                    var response = await clients.For(caller).SendAsync(AuthorizationMatrixTests.Request(row.Method, call with { Body = variant }));
                    var changed = DatabaseFingerprint.Differences(before, await DatabaseFingerprint.TakeAsync(platform.ConnectionString)).ToList();
                    var text = await response.Content.ReadAsStringAsync();
                    var where = $"{name} with '{identifier}' in {member.Path}";
                    if (response.StatusCode != HttpStatusCode.BadRequest)
                    {
                        failures.Add($"{where}: {(int)response.StatusCode} {text}");
                    }
                    else if (member.FreeText && !NamesFieldAndRule(text, member.Path))
                    {
                        failures.Add($"{where}: the 400 does not name the field and the rule: {text}");
                    }

                    if (Echoes.FirstOrDefault(e => text.Contains(e, StringComparison.OrdinalIgnoreCase)) is { } echo)
                    {
                        failures.Add($"{where}: the answer repeats '{echo}': {text}");
                    }

                    if (changed.Count > 0)
                    {
                        failures.Add($"{where} stored something: {string.Join("; ", changed)}");
                    }
                }
            }
        }

        foreach (var entry in logs.Entries.Where(e => Echoes.Any(echo => e.Contains(echo, StringComparison.OrdinalIgnoreCase))))
        {
            failures.Add($"A log line repeats a refused value: {entry}");
        }

        output.WriteLine($"Pupil identifiers: {exercised} operations with a JSON body, {freeText} free-text members, {sent} bodies sent, each refused with 400 and nothing repeated or stored.");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(operations.Count, exercised);
        Assert.True(freeText >= 18, $"Only {freeText} free-text members were found in the document's request bodies.");
    }

    private static bool NamesFieldAndRule(string answer, string path)
    {
        var errors = JsonNode.Parse(answer)?["errors"]?.AsObject();
        return errors?[path] is JsonArray messages
            && messages.Any(m => m!.GetValue<string>().Contains($"'{path}'", StringComparison.Ordinal)
                && (m.GetValue<string>().Contains("no-bsn", StringComparison.Ordinal) || m.GetValue<string>().Contains("no-eck-id", StringComparison.Ordinal)));
    }

    /// <summary>The string members of a schema, as field paths a client reads (<c>participants[0].role</c>), and whether each is free text.</summary>
    private static IEnumerable<(string Path, bool FreeText)> StringMembers(JsonObject document, JsonObject schema, string path)
    {
        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            schema = document["components"]!["schemas"]![reference.Split('/')[^1]]!.AsObject();
        }

        foreach (var alternative in (schema["oneOf"]?.AsArray() ?? []).Concat(schema["anyOf"]?.AsArray() ?? []).OfType<JsonObject>())
        {
            foreach (var member in StringMembers(document, alternative, path))
            {
                yield return member;
            }
        }

        var types = schema["type"] switch
        {
            JsonArray array => array.Select(t => t!.GetValue<string>()).ToList(),
            JsonValue value => [value.GetValue<string>()],
            _ => [],
        };
        foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
        {
            foreach (var member in StringMembers(document, property!.AsObject(), path.Length == 0 ? name : $"{path}.{name}"))
            {
                yield return member;
            }
        }

        if (types.Contains("array") && schema["items"] is JsonObject items)
        {
            foreach (var member in StringMembers(document, items, $"{path}[0]"))
            {
                yield return member;
            }
        }

        if (types.Contains("string") && path.Length > 0)
        {
            yield return (path, schema["format"] is null && schema["enum"] is null && schema["pattern"] is null);
        }
    }

    /// <summary>Puts the value at a field path, making the objects and one-item lists on the way.</summary>
    private static void Set(JsonNode root, string path, string value)
    {
        var steps = path.Split('.');
        var node = root;
        for (var i = 0; i < steps.Length; i++)
        {
            var (name, item) = steps[i].EndsWith("[0]", StringComparison.Ordinal) ? (steps[i][..^3], true) : (steps[i], false);
            var last = i == steps.Length - 1;
            var obj = node.AsObject();
            if (item)
            {
                if (obj[name] is not JsonArray { Count: > 0 } array)
                {
                    obj[name] = array = [last ? null : new JsonObject()];
                }

                if (last)
                {
                    array[0] = value;
                    return;
                }

                node = array[0] ??= new JsonObject();
            }
            else if (last)
            {
                obj[name] = value;
            }
            else
            {
                node = obj[name] ??= new JsonObject();
            }
        }
    }
}
