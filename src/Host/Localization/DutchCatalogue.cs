using System.Text;
using System.Text.RegularExpressions;

namespace GeenKindDeBuurtUit.Host.Localization;

/// <summary>
/// English problem texts to Dutch. Each English template becomes an anchored pattern whose holes
/// capture what varied; the Dutch is filled with those values, as sent or, where it says
/// <c>{n:nl}</c>, translated through the fragments. A text no template matches stays English:
/// a client always gets an answer, and the coverage test keeps that from happening.
/// A hole echoes what a client sent, so a backtracking match has a time limit; a match that runs
/// out of time, on a hostile text or a busy machine, is made again by the linear-time engine, so
/// the answer never depends on the clock.
/// </summary>
internal sealed partial class DutchCatalogue
{
    private const int Depth = 4;
    private static readonly TimeSpan Patience = TimeSpan.FromMilliseconds(50);

    private readonly Dictionary<string, string> _exact = new(StringComparer.Ordinal);
    private readonly List<Template> _templates;
    private readonly Dictionary<string, string> _exactFragments = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Template> _fragmentTemplates = [];

    /// <param name="linearOnly">Match with the linear-time engine from the start, as after a time-out.</param>
    public DutchCatalogue(IEnumerable<(string English, string Dutch)> messages, IEnumerable<(string English, string Dutch)> fragments, bool linearOnly = false)
    {
        var templates = new List<Template>();
        foreach (var (english, dutch) in messages)
        {
            if (Hole().IsMatch(english))
            {
                templates.Add(Template.Compile(english, dutch, linearOnly));
            }
            else
            {
                _exact[english] = dutch;
            }
        }

        // The template with the most fixed text first: "Expected a number {0}." before "Expected {0}.".
        _templates = [.. templates.OrderByDescending(t => t.FixedLength)];
        foreach (var (english, dutch) in fragments)
        {
            if (Hole().IsMatch(english))
            {
                _fragmentTemplates.Add(Template.Compile(english, dutch, linearOnly));
            }
            else
            {
                _exactFragments[english] = dutch;
            }
        }
    }

    public static DutchCatalogue Instance { get; } = new(DutchTexts.Messages, DutchTexts.Fragments);

    /// <summary>The Dutch of a whole message, or null when no template matches it.</summary>
    public string? Translate(string english) => Translate(english, 0);

    private string? Translate(string english, int depth)
    {
        if (_exact.TryGetValue(english, out var dutch))
        {
            return dutch;
        }

        foreach (var template in _templates)
        {
            if (template.Fill(english, this, depth) is { } filled)
            {
                return filled;
            }
        }

        return null;
    }

    // A part of a message: a fragment, a message of its own, or as it was.
    private string Part(string english, int depth)
    {
        if (depth > Depth)
        {
            return english;
        }

        if (_exactFragments.TryGetValue(english, out var dutch))
        {
            return english.Length > 0 && char.IsUpper(english[0]) && dutch.Length > 0 ? char.ToUpperInvariant(dutch[0]) + dutch[1..] : dutch;
        }

        foreach (var template in _fragmentTemplates)
        {
            if (template.Fill(english, this, depth) is { } filled)
            {
                return filled;
            }
        }

        return Translate(english, depth + 1) ?? english;
    }

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Hole();

    [GeneratedRegex(@"\{(\d+)(:nl)?\}")]
    private static partial Regex DutchHole();

    private sealed class Template
    {
        private const RegexOptions Options = RegexOptions.Singleline | RegexOptions.CultureInvariant;

        private readonly Regex? _english;
        private readonly Lazy<Regex> _linear;
        private readonly List<(string? Text, int Hole, bool Translated)> _dutch;

        // The linear engine is built only when needed: it takes far longer to build than to run.
        private Template(string pattern, bool linearOnly, List<(string? Text, int Hole, bool Translated)> dutch, int fixedLength)
        {
            _english = linearOnly ? null : new Regex(pattern, Options, Patience);
            _linear = new(() => new Regex(pattern, Options | RegexOptions.NonBacktracking));
            _dutch = dutch;
            FixedLength = fixedLength;
        }

        public int FixedLength { get; }

        public static Template Compile(string english, string dutch, bool linearOnly)
        {
            var pattern = new StringBuilder("^");
            var last = 0;
            var fixedLength = 0;
            foreach (Match hole in Hole().Matches(english))
            {
                pattern.Append(Regex.Escape(english[last..hole.Index])).Append("(?<h").Append(hole.Groups[1].Value).Append(">.*?)");
                fixedLength += hole.Index - last;
                last = hole.Index + hole.Length;
            }

            pattern.Append(Regex.Escape(english[last..])).Append('$');
            fixedLength += english.Length - last;

            var parts = new List<(string? Text, int Hole, bool Translated)>();
            last = 0;
            foreach (Match hole in DutchHole().Matches(dutch))
            {
                parts.Add((dutch[last..hole.Index], -1, false));
                parts.Add((null, int.Parse(hole.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), hole.Groups[2].Success));
                last = hole.Index + hole.Length;
            }

            parts.Add((dutch[last..], -1, false));
            return new Template(pattern.ToString(), linearOnly, parts, fixedLength);
        }

        public string? Fill(string english, DutchCatalogue catalogue, int depth)
        {
            Match match;
            try
            {
                match = (_english ?? _linear.Value).Match(english);
            }
            catch (RegexMatchTimeoutException)
            {
                match = _linear.Value.Match(english);
            }

            if (!match.Success)
            {
                return null;
            }

            var dutch = new StringBuilder();
            foreach (var (text, hole, translated) in _dutch)
            {
                if (text is not null)
                {
                    dutch.Append(text);
                    continue;
                }

                var value = match.Groups["h" + hole.ToString(System.Globalization.CultureInfo.InvariantCulture)].Value;
                dutch.Append(translated ? catalogue.Part(value, depth + 1) : value);
            }

            return dutch.ToString();
        }
    }
}
