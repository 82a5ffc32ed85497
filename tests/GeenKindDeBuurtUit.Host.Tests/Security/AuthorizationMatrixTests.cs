using System.Net.Http.Json;
using GeenKindDeBuurtUit.Testing;
using Xunit.Abstractions;

namespace GeenKindDeBuurtUit.Host.Tests.Security;

/// <summary>
/// Every operation of the OpenAPI document, called by every caller on real data, answers exactly
/// what <see cref="AuthorizationMatrix"/> declares (ADR 0013).
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class AuthorizationMatrixTests(PlatformFactory platform, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_documented_operation_has_a_declared_row_and_every_row_a_documented_operation()
    {
        var documented = (await OpenApiOperations.ReadAsync(platform)).Select(o => $"{o.Method} {o.Template}").ToHashSet();
        var declared = AuthorizationMatrix.Rows.Select(r => $"{r.Method} {r.Template}").ToList();

        var undeclared = documented.Except(declared).Order().ToList();
        var stale = declared.Except(documented).Order().ToList();
        var twice = declared.GroupBy(d => d).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.True(undeclared.Count == 0, "Operations without a row in AuthorizationMatrix: " + string.Join(", ", undeclared));
        Assert.True(stale.Count == 0, "Rows in AuthorizationMatrix for operations the host does not document: " + string.Join(", ", stale));
        Assert.True(twice.Count == 0, "Operations declared twice: " + string.Join(", ", twice));
    }

    [Fact]
    public async Task Every_caller_gets_the_declared_answer_on_every_operation()
    {
        var world = await MatrixWorld.ForAsync(platform);
        var clients = new MatrixClients(platform, world);
        var documented = (await OpenApiOperations.ReadAsync(platform)).Select(o => $"{o.Method} {o.Template}").ToHashSet();
        var failures = new List<string>();
        var calls = 0;

        foreach (var row in AuthorizationMatrix.Rows.Where(r => documented.Contains($"{r.Method} {r.Template}")))
        {
            var shared = await row.Arrange(world);
            foreach (var caller in Callers.All)
            {
                // A caller who may change something gets a resource of its own; refused callers share one.
                var call = row.Method != "GET" && row.Expect.Succeeds(caller) ? await row.Arrange(world) : shared;
                var response = await clients.For(caller).SendAsync(Request(row.Method, call));
                calls++;
                var expected = row.Expect.For(caller);
                if ((int)response.StatusCode != expected)
                {
                    var text = await response.Content.ReadAsStringAsync();
                    failures.Add($"{row.Method} {row.Template} as {caller}: expected {expected}, got {(int)response.StatusCode} {text[..Math.Min(text.Length, 300)]}");
                }
            }
        }

        output.WriteLine($"Authorization matrix: {documented.Count} operations x {Callers.All.Count} callers = {calls} calls checked, {failures.Count} unexpected answers.");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(documented.Count * Callers.All.Count, calls);
    }

    [Theory]
    [InlineData("/api/v1/support-cases/{caseId}/ot-meetings")]
    [InlineData("/api/v1/support-cases/{caseId}/referral/withdrawal")]
    public async Task A_referral_decision_is_documented_as_the_swvs_and_a_school_is_told_the_role_it_needs(string template)
    {
        var (_, _, operation) = (await OpenApiOperations.ReadAsync(platform)).Single(o => o.Method == "POST" && o.Template == template);
        Assert.Contains("swv or admin only", operation["summary"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(operation["responses"]?["403"]);

        var world = await MatrixWorld.ForAsync(platform);
        var row = AuthorizationMatrix.Rows.Single(r => r.Method == "POST" && r.Template == template);
        var response = await new MatrixClients(platform, world).For(Caller.School).SendAsync(Request(row.Method, await row.Arrange(world)));

        var problem = await ProblemAssert.ProblemAsync(response, System.Net.HttpStatusCode.Forbidden);
        Assert.StartsWith("This operation needs the role swv or admin", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    internal static HttpRequestMessage Request(string method, MatrixCall call) =>
        new(new HttpMethod(method), call.Path)
        {
            Content = call.Body switch
            {
                null => null,
                CsvFile file => new StringContent(file.Text, System.Text.Encoding.UTF8, "text/csv"),
                var body => JsonContent.Create(body),
            },
        };
}

/// <summary>A body sent as a CSV file, to an import.</summary>
internal sealed record CsvFile(string Text);
