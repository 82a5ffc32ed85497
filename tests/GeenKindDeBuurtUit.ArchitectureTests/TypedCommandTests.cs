using System.Text.RegularExpressions;

namespace GeenKindDeBuurtUit.ArchitectureTests;

/// <summary>
/// A wire request is mapped once, after the schema check, into a typed command; a handler never
/// has to assert that a validated member is there (docs/adr/0038).
/// </summary>
public sealed partial class TypedCommandTests
{
    [Fact]
    public void Handlers_use_no_null_forgiving_operator()
    {
        // What a domain method has just set, it returns: a handler does not assert it back out of the aggregate.
        var violations = new List<string>();
        foreach (var file in Sources.ModuleFiles)
        {
            var text = Code(Sources.Read(file));
            foreach (Match handler in HandlerClass().Matches(text))
            {
                var end = text.IndexOf("\n}", handler.Index, StringComparison.Ordinal);
                var body = text[handler.Index..(end < 0 ? text.Length : end)];
                violations.AddRange(NullForgiving().Matches(body)
                    .Select(m => $"{file}: {handler.Groups["name"].Value} uses '!' in `{Line(body, m.Index)}`"));
            }
        }

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

    // An identifier, ')' or ']' followed by '!' and then member access, indexing, an argument or statement end; '!=' is not one.
    [GeneratedRegex(@"[\w\)\]]!(?=[\.\[\),;\s])")]
    private static partial Regex NullForgiving();

    [GeneratedRegex(@"//[^\n]*|@?\$?""(?:[^""\\\n]|\\.)*""")]
    private static partial Regex Literals();
}
