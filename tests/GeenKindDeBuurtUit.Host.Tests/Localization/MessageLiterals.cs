using System.Text;
using System.Text.RegularExpressions;

namespace GeenKindDeBuurtUit.Host.Tests.Localization;

/// <summary>A string literal in C# source, its holes written <c>{}</c> whatever they held.</summary>
internal sealed record SourceLiteral(string File, int Start, int End, string Text);

/// <summary>
/// Finds the English a client can read in a problem: the string literals where the sources write rule
/// messages, validation messages, exception messages and problem titles and details. A lexer, not a
/// compiler: it knows strings, comments and brackets, which is all these places need.
/// </summary>
internal static partial class MessageLiterals
{
    // Where a message is written; the region runs to the anchor's closing bracket, or the statement's end.
    private static readonly string[] CallAnchors =
    [
        ".WithMessage(", "new NotFoundException(", "new ConflictException(", "new ForbiddenException(",
        "new PreconditionFailedException(", "InvalidRequestException.For(", "new ValidationFailure(",
        "new FluentValidation.Results.ValidationFailure(", "ProblemDetailHint.Set(", "ProblemResponses.WriteAsync(",
        "ProblemResponses.WriteInvalidAsync(", "Results.Problem(", "ConcurrencyCheck.EnsureMatches(", ": Exception(", "errors.Add(",
    ];

    private static readonly string[] StatementAnchors = ["Message =>", "Title =", "Detail ="];

    // Files that are all about a problem's words: every literal in them that reads as text counts.
    private static readonly string[] WholeFiles =
    [
        "src/Host/Edge/ProblemDefaults.cs", "src/Host/Authentication/BearerChallengeDetails.cs",
        "src/Host/Authentication/ForbiddenRoleDetails.cs", "src/Host/OpenApi/SchemaFailures.cs",
        "src/Host/OpenApi/RequestValidationMiddleware.cs", "src/Host/Edge/CallerRateLimiting.cs",
        "src/Platform/Idempotency/IdempotencyKeyHeader.cs", "src/Modules/SupportCases/Domain/Cases/ClosedSchoolYears.cs",
        "src/BuildingBlocks/Domain/PupilIdentifiers.cs", "src/BuildingBlocks/Infrastructure/Web/ProblemDetailsExceptionHandler.cs",
        "src/BuildingBlocks/Infrastructure/Web/ProblemResponses.cs", "src/Platform/Idempotency/IdempotencyProblems.cs",
        "src/Platform/CsvImport/CsvImportLine.cs", "src/Platform/CsvImport/CsvImportReader.cs", "src/BuildingBlocks/Application/Validation/FreeTextValidation.cs",
    ];

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GeenKindDeBuurtUit.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }

    /// <summary>Every message literal under <c>src</c>, pages excepted (they have their own texts).</summary>
    public static List<SourceLiteral> Find(string root)
    {
        var files = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"src{Path.DirectorySeparatorChar}Host{Path.DirectorySeparatorChar}Pages", StringComparison.Ordinal)
                && !f.Contains($"src{Path.DirectorySeparatorChar}Host{Path.DirectorySeparatorChar}Localization", StringComparison.Ordinal)
                && !f.Contains($"src{Path.DirectorySeparatorChar}Migrations", StringComparison.Ordinal))
            .Select(f => (Path: Path.GetRelativePath(root, f).Replace('\\', '/'), Source: File.ReadAllText(f)))
            .ToList();
        var lexed = files.ToDictionary(f => f.Path, f => Lex(f.Path, f.Source));
        var constants = Constants(files, lexed);
        var found = new List<SourceLiteral>();
        foreach (var (path, source) in files)
        {
            var literals = lexed[path];
            if (WholeFiles.Contains(path))
            {
                found.AddRange(literals.Where(l => ReadsAsText(l.Text)));
            }

            foreach (var (start, end) in Regions(source, literals))
            {
                found.AddRange(literals.Where(l => l.Start >= start && l.Start < end && HasLetter(l.Text)));
                foreach (Match name in Identifier().Matches(source[start..end]))
                {
                    if (constants.TryGetValue(name.Value, out var values) && !literals.Any(l => l.Start <= start + name.Index && l.End > start + name.Index))
                    {
                        found.AddRange(values.Where(l => ReadsAsText(l.Text)));
                    }
                }
            }
        }

        return found.DistinctBy(l => (l.File, l.Start)).ToList();
    }

    private static bool HasLetter(string text) => text.Any(char.IsLetter);

    private static bool ReadsAsText(string text) => HasLetter(text) && (text.Contains(' ', StringComparison.Ordinal) || text.EndsWith('.'));

    private static Dictionary<string, List<SourceLiteral>> Constants(List<(string Path, string Source)> files, Dictionary<string, List<SourceLiteral>> lexed)
    {
        var constants = new Dictionary<string, List<SourceLiteral>>(StringComparer.Ordinal);
        foreach (var (path, source) in files)
        {
            foreach (Match declaration in Constant().Matches(source))
            {
                var end = StatementEnd(source, declaration.Index + declaration.Length, lexed[path]);
                var values = lexed[path].Where(l => l.Start >= declaration.Index && l.Start < end).ToList();
                if (!constants.TryGetValue(declaration.Groups["name"].Value, out var list))
                {
                    constants[declaration.Groups["name"].Value] = list = [];
                }

                list.AddRange(values);
            }
        }

        return constants;
    }

    private static IEnumerable<(int Start, int End)> Regions(string source, List<SourceLiteral> literals)
    {
        foreach (var anchor in CallAnchors)
        {
            for (var at = source.IndexOf(anchor, StringComparison.Ordinal); at >= 0; at = source.IndexOf(anchor, at + 1, StringComparison.Ordinal))
            {
                if (!Inside(literals, at))
                {
                    yield return (at, ClosingBracket(source, at + anchor.Length, literals));
                }
            }
        }

        foreach (var anchor in StatementAnchors)
        {
            for (var at = source.IndexOf(anchor, StringComparison.Ordinal); at >= 0; at = source.IndexOf(anchor, at + 1, StringComparison.Ordinal))
            {
                var next = at + anchor.Length;
                if (!Inside(literals, at) && next < source.Length && source[next] != '=' && source[next] != '>')
                {
                    yield return (at, StatementEnd(source, next, literals));
                }
            }
        }
    }

    private static bool Inside(List<SourceLiteral> literals, int at) => literals.Any(l => l.Start <= at && at < l.End);

    // From just inside an opening bracket to its partner, stepping over literals.
    private static int ClosingBracket(string source, int from, List<SourceLiteral> literals)
    {
        var depth = 1;
        for (var i = from; i < source.Length; i++)
        {
            if (literals.FirstOrDefault(l => l.Start == i) is { } literal)
            {
                i = literal.End - 1;
                continue;
            }

            depth += source[i] switch { '(' or '[' or '{' => 1, ')' or ']' or '}' => -1, _ => 0 };
            if (depth == 0)
            {
                return i;
            }
        }

        return source.Length;
    }

    // To the ';' or ',' that ends the expression, or the bracket that closes around it.
    private static int StatementEnd(string source, int from, List<SourceLiteral> literals)
    {
        var depth = 0;
        for (var i = from; i < source.Length; i++)
        {
            if (literals.FirstOrDefault(l => l.Start == i) is { } literal)
            {
                i = literal.End - 1;
                continue;
            }

            switch (source[i])
            {
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}':
                    if (--depth < 0)
                    {
                        return i;
                    }

                    break;
                case ';' or ',' when depth == 0:
                    return i;
            }
        }

        return source.Length;
    }

    /// <summary>The string literals of one file, comments skipped; an interpolated string's nested literals too.</summary>
    public static List<SourceLiteral> Lex(string file, string source)
    {
        var found = new List<SourceLiteral>();
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            var next = i + 1 < source.Length ? source[i + 1] : '\0';
            if (c == '/' && next == '/')
            {
                i = source.IndexOf('\n', i) is var end and >= 0 ? end : source.Length;
            }
            else if (c == '/' && next == '*')
            {
                i = source.IndexOf("*/", i + 2, StringComparison.Ordinal) is var end and >= 0 ? end + 2 : source.Length;
            }
            else if (c == '\'')
            {
                i += next == '\\' ? 4 : 3;
                while (i < source.Length && source[i - 1] != '\'')
                {
                    i++;
                }
            }
            else if (StringStart(source, i) is { } prefix)
            {
                i = ReadString(file, source, i, prefix, found);
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    private static string? StringStart(string source, int i)
    {
        if (i > 0 && (char.IsLetterOrDigit(source[i - 1]) || source[i - 1] == '_') && source[i] != '"')
        {
            return null;
        }

        foreach (var prefix in new[] { "$@\"", "@$\"", "$\"", "@\"", "\"" })
        {
            if (string.CompareOrdinal(source, i, prefix, 0, prefix.Length) == 0)
            {
                return prefix;
            }
        }

        return null;
    }

    // Reads one literal from its prefix; returns the index after its closing quote.
    private static int ReadString(string file, string source, int start, string prefix, List<SourceLiteral> found)
    {
        var interpolated = prefix.Contains('$', StringComparison.Ordinal);
        var verbatim = prefix.Contains('@', StringComparison.Ordinal);
        var i = start + prefix.Length;
        if (!verbatim && string.CompareOrdinal(source, i - 1, "\"\"\"", 0, 3) == 0)
        {
            // A raw string literal: SQL and JSON in these sources, never a message.
            var close = source.IndexOf("\"\"\"", i + 2, StringComparison.Ordinal);
            return close < 0 ? source.Length : close + 3;
        }

        var text = new StringBuilder();
        var index = found.Count;
        while (i < source.Length)
        {
            var c = source[i];
            var next = i + 1 < source.Length ? source[i + 1] : '\0';
            if (!verbatim && c == '\\')
            {
                text.Append(next switch { 'n' => '\n', 't' => '\t', _ => next });
                i += 2;
            }
            else if (verbatim && c == '"' && next == '"')
            {
                text.Append('"');
                i += 2;
            }
            else if (c == '"' || (!verbatim && c == '\n'))
            {
                i++;
                break;
            }
            else if (interpolated && (c == '{' || c == '}') && next == c)
            {
                text.Append(c);
                i += 2;
            }
            else if (interpolated && c == '{')
            {
                i = SkipHole(file, source, i + 1, found);
                text.Append("{}");
            }
            else
            {
                text.Append(c);
                i++;
            }
        }

        found.Insert(index, new SourceLiteral(file, start, i, text.ToString()));
        return i;
    }

    private static int SkipHole(string file, string source, int i, List<SourceLiteral> found)
    {
        var depth = 0;
        while (i < source.Length)
        {
            if (StringStart(source, i) is { } prefix)
            {
                i = ReadString(file, source, i, prefix, found);
                continue;
            }

            switch (source[i])
            {
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']':
                    depth--;
                    break;
                case '}' when depth == 0:
                    return i + 1;
                case '}':
                    depth--;
                    break;
            }

            i++;
        }

        return i;
    }

    [GeneratedRegex(@"\b[A-Z][A-Za-z0-9_]*\b")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"const\s+string\s+(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*=")]
    private static partial Regex Constant();
}
