using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.Testing;
using Xunit.Abstractions;

namespace GeenKindDeBuurtUit.Host.Tests.Security;

/// <summary>
/// No field can be mass-assigned: for every operation that takes JSON, a member the contract does
/// not know, at the top or inside any nested object, answers 400 naming it and stores nothing;
/// the same body without it then succeeds, so the unknown member alone was the reason.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class UnknownMemberTests(PlatformFactory platform, ITestOutputHelper output)
{
    private const string Unknown = "isApproved";

    /// <summary>
    /// A successful registration takes one of the pilot clusters' last free places, which the
    /// matrix needs: here the unknown member's refusal is checked, the valid registration is not.
    /// </summary>
    private static readonly string[] NoControlCall = ["POST /api/v1/schools"];

    [Fact]
    public async Task Every_json_body_refuses_an_unknown_member_anywhere_and_stores_nothing()
    {
        var world = await MatrixWorld.ForAsync(platform);
        var clients = new MatrixClients(platform, world);
        var jsonOperations = (await OpenApiOperations.ReadAsync(platform)).Where(o => OpenApiOperations.TakesJson(o.Operation))
            .Select(o => $"{o.Method} {o.Template}").ToHashSet();
        var failures = new List<string>();
        var (operations, variants) = (0, 0);

        foreach (var row in AuthorizationMatrix.Rows.Where(r => jsonOperations.Contains($"{r.Method} {r.Template}")))
        {
            operations++;
            var caller = row.Expect.Succeeds(Caller.Admin) ? Caller.Admin : Callers.Authenticated.First(row.Expect.Succeeds);
            var call = await row.Arrange(world);
            var body = JsonSerializer.SerializeToNode(call.Body ?? new { }, JsonSerializerOptions.Web)!;
            foreach (var (variant, where) in WithUnknownMember(body))
            {
                variants++;
                var before = await DatabaseFingerprint.SettledAsync(platform.ConnectionString);
                var response = await clients.For(caller).SendAsync(AuthorizationMatrixTests.Request(row.Method, call with { Body = variant }));
                var changed = DatabaseFingerprint.Differences(before, await DatabaseFingerprint.TakeAsync(platform.ConnectionString)).ToList();
                var text = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.BadRequest || !text.Contains(Unknown, StringComparison.Ordinal))
                {
                    failures.Add($"{row.Method} {row.Template} with '{Unknown}' in {where}: {(int)response.StatusCode} {text}");
                }

                if (changed.Count > 0)
                {
                    failures.Add($"{row.Method} {row.Template} with '{Unknown}' in {where} stored something: {string.Join("; ", changed)}");
                }
            }

            if (NoControlCall.Contains($"{row.Method} {row.Template}"))
            {
                continue;
            }

            var valid = await clients.For(caller).SendAsync(AuthorizationMatrixTests.Request(row.Method, call));
            if ((int)valid.StatusCode != row.Expect.For(caller))
            {
                failures.Add($"{row.Method} {row.Template}: the body without '{Unknown}' answers {(int)valid.StatusCode} {await valid.Content.ReadAsStringAsync()}");
            }
        }

        output.WriteLine($"Unknown members: {operations} operations with a JSON body, {variants} bodies with an unknown member, each refused with 400 and nothing stored.");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(jsonOperations.Count, operations);
    }

    /// <summary>The body once per JSON object in it (the root, nested objects, the first item of arrays of objects), with the unknown member added there.</summary>
    private static IEnumerable<(JsonNode Body, string Where)> WithUnknownMember(JsonNode body)
    {
        foreach (var path in ObjectPaths(body, "$"))
        {
            var copy = body.DeepClone();
            Navigate(copy, path).AsObject()[Unknown] = true;
            yield return (copy, path);
        }
    }

    private static IEnumerable<string> ObjectPaths(JsonNode node, string path)
    {
        if (node is JsonObject obj)
        {
            yield return path;
            foreach (var (name, value) in obj)
            {
                if (value is not null)
                {
                    foreach (var inner in ObjectPaths(value, $"{path}.{name}"))
                    {
                        yield return inner;
                    }
                }
            }
        }
        else if (node is JsonArray { Count: > 0 } array && array[0] is { } first)
        {
            foreach (var inner in ObjectPaths(first, $"{path}[0]"))
            {
                yield return inner;
            }
        }
    }

    private static JsonNode Navigate(JsonNode root, string path)
    {
        var node = root;
        foreach (var step in path.Split('.').Skip(1))
        {
            var name = step.Replace("[0]", string.Empty, StringComparison.Ordinal);
            node = node[name]!;
            if (step.EndsWith("[0]", StringComparison.Ordinal))
            {
                node = node[0]!;
            }
        }

        return node;
    }
}
