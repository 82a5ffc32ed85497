using System.Text.RegularExpressions;

namespace GeenKindDeBuurtUit.ArchitectureTests;

/// <summary>
/// A wire request is mapped once, after the schema check, into a typed command; a handler never
/// has to assert that a validated member is there (docs/adr/0038).
/// </summary>
public sealed partial class TypedCommandTests
{
    [Fact]
    public void Handlers_use_no_null_forgiving_operator_on_their_message()
    {
        var violations = new List<string>();
        foreach (var file in Sources.ModuleFiles)
        {
            var text = Code(Sources.Read(file));
            foreach (Match handler in HandlerClass().Matches(text))
            {
                var end = text.IndexOf("\n}", handler.Index, StringComparison.Ordinal);
                var body = text[handler.Index..(end < 0 ? text.Length : end)];
                foreach (Match handle in HandleMethod().Matches(body))
                {
                    var message = handle.Groups["message"].Value;
                    violations.AddRange(Regex.Matches(body, $@"\b{message}\.[\w\.]*?\w!(?=[\.\[\),;\s])")
                        .Select(m => $"{file}: {handler.Groups["name"].Value} uses '!' on its message in `{Line(body, m.Index)}`"));
                }
            }
        }

        Assert.True(Sources.ModuleFiles.Any(f => HandleMethod().IsMatch(Sources.Read(f))), "no Handle method was found: the rule would see nothing");
        ArchitectureAssert.NoViolations(violations);
    }

    /// <summary>The code without string literals and comments, so an exclamation mark in text is not read as an operator.</summary>
    private static string Code(string source) => Literals().Replace(source, "\"\"");

    private static string Line(string text, int index)
    {
        var start = text.LastIndexOf('\n', index) + 1;
        var end = text.IndexOf('\n', index);
        return text[start..(end < 0 ? text.Length : end)].Trim();
    }

    [GeneratedRegex(@"\bclass (?<name>\w+Handler)\b[^{;]*?:[^{;]*\b(ICommandHandler|IQueryHandler|INotificationHandler|IRequestHandler|IntegrationEventHandler)<")]
    private static partial Regex HandlerClass();

    // The message parameter of a handler's Handle method, whatever the handler calls it.
    [GeneratedRegex(@"\bHandle(Async)?\(\s*\w+(<[^>]*>)?\??\s+(?<message>\w+)\s*,")]
    private static partial Regex HandleMethod();

    [GeneratedRegex(@"//[^\n]*|@?\$?""(?:[^""\\\n]|\\.)*""")]
    private static partial Regex Literals();
}
