using System.Text.RegularExpressions;
using FluentValidation.Resources;
using GeenKindDeBuurtUit.Host.Localization;

namespace GeenKindDeBuurtUit.Host.Tests.Localization;

/// <summary>
/// Every English text a problem can carry has its Dutch in src/Host/Localization: the sources are
/// scanned for the places that write messages (<see cref="MessageLiterals"/>), so a new English
/// message without a Dutch entry fails here, naming its file.
/// </summary>
public sealed partial class DutchCatalogueCoverageTests
{
    // What the scan finds that a client never reads as a sentence, or reads only as part of an entry that spells it out.
    private static readonly Dictionary<string, string> NotMessages = new(StringComparer.Ordinal)
    {
        ["text/csv; charset=utf-8"] = "a media type",
        ["RateLimiting:PermitLimit and RateLimiting:Window must be positive."] = "refuses a configuration at start-up, never an answer",
        ["RateLimiting:AnonymousPermitLimit and RateLimiting:AnonymousWindow must be positive."] = "refuses a configuration at start-up, never an answer",
        ["Geen Kind de Buurt Uit API"] = "the OpenAPI document's title",
        ["yyyy-MM-dd HH:mm:ss"] = "a format",
        ["could not be mapped"] = "read from the JSON reader's message",
        [" LineNumber:"] = "read from the JSON reader's message",
        ["parameter \"(?:[^\"]*\\s)?(?<name>[A-Za-z0-9_]+)\""] = "a pattern",
        ["Unhandled exception for {Method} {Path}"] = "a log message",
        ["{} integration event(s) could not be delivered and will be retried: "] = "the outbox job's log, never an answer",
        ["{} {} {} attempt {}: {}"] = "the outbox job's log, never an answer",
        ["the role{} {}"] = "spelt out as the fragments \"the role {0}\" and \"the roles {0}\"",
        ["Expected {}{}."] = "\"Expected {0}.\" with the fragment \"{0} or null\"",
        ["The first request with this key took effect at {} UTC.{} "] = "both of its endings are entries",
        ["This operation takes a body of type {}{} (UTF-8); the request had "] = "an entry with the media types as one value",
        ["application/json or "] = "part of the media types, which stay as sent",
        ["column {}"] = "a field key in a CSV file's errors",
        ["Rows[{}].{}"] = "a field key",
        ["Rows[{}].AreaId"] = "a field key",
        ["Professionals[{}].Professional.Name"] = "a field key",
        ["Professionals[{}].Professional.AreaIds[{}]"] = "a field key",
        ["areaIds[{}]"] = "a field key",
        ["schoolIds[{}]"] = "a field key",
        ["schoolIds"] = "a field key",
        ["approachId"] = "a field key",
        ["targetId"] = "a field key",
        ["boardId"] = "a field key",
        ["professionalId"] = "a field key",
        ["supportCaseId"] = "a field key",
    };

    // FluentValidation's checks by the method a validator calls, with the key of their default message.
    private static readonly Dictionary<string, string> Checks = new(StringComparer.Ordinal)
    {
        ["NotEmpty"] = "NotEmptyValidator", ["NotNull"] = "NotNullValidator", ["Null"] = "NullValidator", ["Empty"] = "EmptyValidator",
        ["NotEqual"] = "NotEqualValidator", ["Equal"] = "EqualValidator", ["MaximumLength"] = "MaximumLengthValidator",
        ["MinimumLength"] = "MinimumLengthValidator", ["Length"] = "LengthValidator", ["InclusiveBetween"] = "InclusiveBetweenValidator",
        ["ExclusiveBetween"] = "ExclusiveBetweenValidator", ["GreaterThan"] = "GreaterThanValidator",
        ["GreaterThanOrEqualTo"] = "GreaterThanOrEqualValidator", ["LessThan"] = "LessThanValidator",
        ["LessThanOrEqualTo"] = "LessThanOrEqualValidator", ["Matches"] = "RegularExpressionValidator", ["Must"] = "PredicateValidator",
        ["MustAsync"] = "AsyncPredicateValidator", ["IsInEnum"] = "EnumValidator", ["EmailAddress"] = "EmailValidator",
        ["PrecisionScale"] = "ScalePrecisionValidator",
    };

    [Fact]
    public void Every_message_in_the_sources_has_its_Dutch()
    {
        var known = Known();

        var missing = MessageLiterals.Find(MessageLiterals.RepositoryRoot())
            .Where(l => !NotMessages.ContainsKey(l.Text) && !known.Any(k => k.Contains(l.Text, StringComparison.OrdinalIgnoreCase)))
            .Select(l => $"{l.File}: {l.Text}")
            .Distinct()
            .ToList();

        Assert.True(missing.Count == 0, "English without Dutch (add it to src/Host/Localization/DutchTexts.*.cs):\n" + string.Join("\n", missing));
    }

    [Fact]
    public void The_scan_finds_the_messages_it_is_meant_to()
    {
        var found = MessageLiterals.Find(MessageLiterals.RepositoryRoot()).Select(l => l.Text).ToHashSet(StringComparer.Ordinal);

        // One of each kind of place: a rule, a validator, an exception, a problem title, the edge, a fragment.
        Assert.Contains("This case is closed and cannot change any more.", found);
        Assert.Contains("Give either schoolId or clusterId: a request comes from one school or from one cluster.", found);
        Assert.Contains("There is no {} '{}' in your scope: the id is unknown, or outside what your token may see.", found);
        Assert.Contains("A business rule refused the request.", found);
        Assert.Contains("The token expired at {} UTC: get a new one.", found);
        Assert.Contains("Support case", found);
        Assert.Contains("whose budget is closed for this school's area", found);
        Assert.True(found.Count > 250, $"only {found.Count} literals found");
    }

    [Fact]
    public void The_defaults_of_the_FluentValidation_checks_in_use_have_their_Dutch()
    {
        var root = MessageLiterals.RepositoryRoot();
        var used = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Select(File.ReadAllText)
            .Where(source => source.Contains("AbstractValidator", StringComparison.Ordinal) || source.Contains("IRuleBuilder", StringComparison.Ordinal))
            .SelectMany(source => Call().Matches(source).Select(m => m.Groups["check"].Value))
            .Where(Checks.ContainsKey)
            .ToHashSet(StringComparer.Ordinal);
        var languages = new LanguageManager();
        var known = Known();

        var missing = used
            .Select(check => languages.GetString(Checks[check]))
            .Where(english => !string.IsNullOrEmpty(english))
            .Select(english => Placeholder().Replace(english, "{}"))
            .Where(english => !known.Contains(english))
            .ToList();

        Assert.NotEmpty(used);
        Assert.True(missing.Count == 0, "FluentValidation's English without Dutch:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Every_Dutch_entry_has_the_holes_of_its_English()
    {
        foreach (var (english, dutch) in DutchTexts.Messages.Concat(DutchTexts.Fragments))
        {
            var englishHoles = Placeholder().Matches(english).Select(m => m.Value).Order(StringComparer.Ordinal);
            var dutchHoles = Placeholder().Matches(dutch).Select(m => m.Value.Replace(":nl", string.Empty, StringComparison.Ordinal)).Order(StringComparer.Ordinal);
            Assert.True(englishHoles.SequenceEqual(dutchHoles), $"\"{english}\" and \"{dutch}\" differ in their holes");
        }
    }

    [Fact]
    public void No_English_is_written_twice()
    {
        var repeated = DutchTexts.Messages.GroupBy(e => e.English, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.Empty(repeated);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Each_message_translates_to_its_own_Dutch(bool afterATimeOut)
    {
        var catalogue = afterATimeOut ? new DutchCatalogue(DutchTexts.Messages, DutchTexts.Fragments, linearOnly: true) : DutchCatalogue.Instance;
        foreach (var (english, dutch) in DutchTexts.Messages)
        {
            // Sample values no fragment knows, so every hole comes back as sent.
            var sample = Hole().Replace(english, m => $"V{m.Groups[1].Value}v");
            var expected = DutchHole().Replace(dutch, m => $"V{m.Groups[1].Value}v");

            Assert.Equal(expected, catalogue.Translate(sample));
        }
    }

    private static List<string> Known() =>
        [.. DutchTexts.Messages.Concat(DutchTexts.Fragments).Select(e => Hole().Replace(e.English, "{}"))];

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Hole();

    [GeneratedRegex(@"\{(\d+)(?::nl)?\}")]
    private static partial Regex DutchHole();

    [GeneratedRegex(@"\{[A-Za-z0-9:]+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\.(?<check>[A-Z][A-Za-z]+)\(")]
    private static partial Regex Call();
}
