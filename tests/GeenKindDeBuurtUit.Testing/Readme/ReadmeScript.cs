using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Xunit;

namespace GeenKindDeBuurtUit.Testing.Readme;

/// <summary>
/// Replays a README section's bash block as written against a test host: its tokens as the
/// <c>token</c> command would issue them, its curl requests (bodies inline or from a file of the
/// repository), its <c>jq</c> captures and its <c>for ... do ...; done</c> loops. A README step
/// that no longer works fails here before a newcomer finds it.
/// </summary>
public sealed partial class ReadmeScript(PlatformFactory platform, HttpClient client)
{
    private const string RunningHost = "http://localhost:5080";

    public Dictionary<string, string> Variables { get; } = [];

    /// <summary>The answer of the last request that was not captured into a variable.</summary>
    public JsonNode? Last { get; private set; }

    public int Requests { get; private set; }

    public async Task RunAsync(string section)
    {
        foreach (var line in ScriptLines(section))
        {
            if (Loop().Match(line) is { Success: true } loop)
            {
                foreach (var value in loop.Groups["values"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    Variables[loop.Groups["name"].Value] = value;
                    await RunLineAsync(loop.Groups["body"].Value);
                }
            }
            else
            {
                await RunLineAsync(line);
            }
        }
    }

    private async Task RunLineAsync(string line)
    {
        if (Assignment().Match(line) is { Success: true } assignment)
        {
            var (name, value) = (assignment.Groups["name"].Value, assignment.Groups["value"].Value);
            if (Substitution().Match(value) is { Success: true } substitution)
            {
                var command = substitution.Groups["command"].Value;
                Variables[name] = command.Contains(" -- token ", StringComparison.Ordinal)
                    ? Token(ShellWords.Split(command, Variables))
                    : await CaptureAsync(command);
            }
            else
            {
                Variables[name] = Assert.Single(ShellWords.Split(value, Variables));
            }

            return;
        }

        Assert.StartsWith("curl ", line);
        Last = await SendAsync(ShellWords.Split(line, Variables));
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
                default: Assert.Fail($"the example's token command uses {options[i]}, which this replay does not know"); break;
            }
        }

        Assert.NotNull(subject);
        return platform.Tokens.Create(roles, schools, subject: subject);
    }

    private async Task<string> CaptureAsync(string command)
    {
        var parts = command.Split(" | ", 2);
        var filter = JqFilter().Match(parts[1]);
        Assert.True(filter.Success, $"only `jq -r .member` is replayed: {parts[1]}");
        var answer = await SendAsync(ShellWords.Split(parts[0], Variables));
        return answer![filter.Groups["member"].Value]!.ToString();
    }

    private async Task<JsonNode?> SendAsync(IReadOnlyList<string> words)
    {
        Requests++;
        var method = HttpMethod.Get;
        string? url = null;
        byte[]? body = null;
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
                case "-d": body = Encoding.UTF8.GetBytes(words[++i]); break;
                case "--data-binary":
                    var file = words[++i];
                    Assert.StartsWith("@", file);
                    body = await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot(), file[1..]));
                    break;
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
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(headers.Single(h => h.Name == "Content-Type").Value);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {url} answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text);
    }

    /// <summary>The section's first bash block, its continued lines joined, comments and blank lines left out.</summary>
    private static IEnumerable<string> ScriptLines(string section)
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        var start = readme.IndexOf(section + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"README has no '{section}' section");
        start = readme.IndexOf("```bash\n", start, StringComparison.Ordinal) + "```bash\n".Length;
        var block = readme[start..readme.IndexOf("\n```", start, StringComparison.Ordinal)];
        return block.Replace("\\\n", " ", StringComparison.Ordinal).Split('\n')
            .Select(l => Regex.Replace(l.Trim(), @"\s+", " "))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();
    }

    public static string RepositoryRoot()
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

    [GeneratedRegex(@"^for (?<name>[a-z]+) in (?<values>[^;]+); do (?<body>.+); done$")]
    private static partial Regex Loop();

    [GeneratedRegex(@"^(?<name>[A-Z_]+)=(?<value>.+)$")]
    private static partial Regex Assignment();

    [GeneratedRegex(@"^\$\((?<command>.+)\)$")]
    private static partial Regex Substitution();

    [GeneratedRegex(@"^jq -r \.(?<member>\w+)$")]
    private static partial Regex JqFilter();
}
