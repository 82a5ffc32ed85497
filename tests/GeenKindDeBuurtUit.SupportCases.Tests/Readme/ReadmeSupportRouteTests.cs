using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GeenKindDeBuurtUit.SupportCases.Tests.Api;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.SupportCases.Tests.Readme;

/// <summary>
/// The README's worked example, replayed as written: its tokens as the <c>token</c> command
/// would issue them, its curl requests against the test host, its <c>jq</c> captures. A README
/// step that no longer works fails here before a newcomer finds it.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed partial class ReadmeSupportRouteTests(PlatformFactory platform)
{
    private const string Section = "## A first support route";
    private const string RunningHost = "http://localhost:5080";

    [Fact]
    public async Task The_readme_support_route_runs_as_written_and_ends_in_a_referral()
    {
        var variables = new Dictionary<string, string>();
        using var client = platform.CreateClient();
        JsonNode? last = null;
        var requests = 0;

        foreach (var line in ScriptLines())
        {
            if (Assignment().Match(line) is { Success: true } assignment)
            {
                var (name, value) = (assignment.Groups["name"].Value, assignment.Groups["value"].Value);
                if (Substitution().Match(value) is { Success: true } substitution)
                {
                    var command = substitution.Groups["command"].Value;
                    variables[name] = command.Contains(" -- token ", StringComparison.Ordinal)
                        ? Token(ShellWords.Split(command, variables))
                        : await CaptureAsync(client, command, variables);
                    requests += command.StartsWith("curl ", StringComparison.Ordinal) ? 1 : 0;
                }
                else
                {
                    variables[name] = Assert.Single(ShellWords.Split(value, variables));
                }
            }
            else
            {
                Assert.StartsWith("curl ", line);
                last = await SendAsync(client, ShellWords.Split(line, variables));
                requests++;
            }
        }

        Assert.True(requests >= 5, $"the example should walk the support route, found {requests} requests");
        Assert.True(Guid.TryParse(variables.GetValueOrDefault("CASE"), out _), "CASE holds the opened case's id");
        var supportCase = Assert.IsType<JsonObject>(last);
        Assert.Equal(5, supportCase["level"]!.GetValue<int>());
        Assert.Equal("sbo", supportCase["referral"]!["type"]!.GetValue<string>());
        Assert.Equal("2026-2027", supportCase["referral"]!["schoolYear"]!.GetValue<string>());
    }

    private string Token(IReadOnlyList<string> words)
    {
        var options = words.SkipWhile(w => w != "token").Skip(1).ToList();
        var roles = new List<string>();
        var schools = new List<Guid>();
        string? subject = null;
        for (var i = 0; i < options.Count; i += 2)
        {
            var value = options[i + 1];
            switch (options[i])
            {
                case "--role": roles.Add(value); break;
                case "--school": schools.Add(Guid.Parse(value)); break;
                case "--sub": subject = value; break;
                default: Assert.Fail($"the example's token command uses {options[i]}, which this test does not know"); break;
            }
        }

        Assert.NotNull(subject);
        return platform.Tokens.Create(roles, schools, subject: subject);
    }

    private static async Task<string> CaptureAsync(HttpClient client, string command, IReadOnlyDictionary<string, string> variables)
    {
        var parts = command.Split(" | ", 2);
        var filter = JqFilter().Match(parts[1]);
        Assert.True(filter.Success, $"only `jq -r .member` is replayed: {parts[1]}");
        var answer = await SendAsync(client, ShellWords.Split(parts[0], variables));
        return answer![filter.Groups["member"].Value]!.ToString();
    }

    private static async Task<JsonNode?> SendAsync(HttpClient client, IReadOnlyList<string> words)
    {
        var method = HttpMethod.Get;
        string? url = null;
        string? body = null;
        var headers = new List<(string Name, string Value)>();
        for (var i = 1; i < words.Count; i++)
        {
            switch (words[i])
            {
                case "-s": break;
                case "-X": method = new HttpMethod(words[++i]); break;
                case "-H":
                    var header = words[++i].Split(':', 2);
                    headers.Add((header[0].Trim(), header[1].Trim()));
                    break;
                case "-d": body = words[++i]; break;
                default:
                    Assert.StartsWith(RunningHost, words[i]);
                    url = words[i][RunningHost.Length..];
                    break;
            }
        }

        using var request = new HttpRequestMessage(method, url);
        foreach (var (name, value) in headers.Where(h => h.Name != "Content-Type"))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (body is not null)
        {
            var type = headers.Single(h => h.Name == "Content-Type").Value;
            request.Content = new StringContent(body, Encoding.UTF8, MediaTypeHeaderValue.Parse(type).MediaType!);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {url} answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text);
    }

    /// <summary>The section's first bash block, its continued lines joined, comments and blank lines left out.</summary>
    private static IEnumerable<string> ScriptLines()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        var section = readme.IndexOf(Section, StringComparison.Ordinal);
        Assert.True(section >= 0, $"README has no '{Section}' section");
        var start = readme.IndexOf("```bash\n", section, StringComparison.Ordinal) + "```bash\n".Length;
        var block = readme[start..readme.IndexOf("\n```", start, StringComparison.Ordinal)];
        return block.Replace("\\\n", " ", StringComparison.Ordinal).Split('\n')
            .Select(l => Regex.Replace(l.Trim(), @"\s+", " "))
            .Where(l => l.Length > 0 && !l.StartsWith('#'));
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "README.md")) && File.Exists(Path.Combine(folder.FullName, "GeenKindDeBuurtUit.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("README.md not found above the test output.");
    }

    [GeneratedRegex(@"^(?<name>[A-Z_]+)=(?<value>.+)$")]
    private static partial Regex Assignment();

    [GeneratedRegex(@"^\$\((?<command>.+)\)$")]
    private static partial Regex Substitution();

    [GeneratedRegex(@"^jq -r \.(?<member>\w+)$")]
    private static partial Regex JqFilter();
}
