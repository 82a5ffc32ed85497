using System.Text;
using Xunit;

namespace GeenKindDeBuurtUit.Testing.Readme;

/// <summary>
/// Splits one line of the README's bash into words the way bash does for the little it uses:
/// single quotes keep text as written, double quotes and bare words expand <c>$NAME</c>.
/// </summary>
public static class ShellWords
{
    public static IReadOnlyList<string> Split(string line, IReadOnlyDictionary<string, string> variables)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }

                continue;
            }

            inWord = true;
            if (c == '\'')
            {
                var end = line.IndexOf('\'', i + 1);
                Assert.True(end > i, $"unclosed single quote in: {line}");
                word.Append(line, i + 1, end - i - 1);
                i = end;
            }
            else if (c == '"')
            {
                var end = line.IndexOf('"', i + 1);
                Assert.True(end > i, $"unclosed double quote in: {line}");
                word.Append(Expand(line[(i + 1)..end], variables));
                i = end;
            }
            else
            {
                var end = i;
                while (end < line.Length && !char.IsWhiteSpace(line[end]) && line[end] is not ('\'' or '"'))
                {
                    end++;
                }

                word.Append(Expand(line[i..end], variables));
                i = end - 1;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private static string Expand(string text, IReadOnlyDictionary<string, string> variables)
    {
        var expanded = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '$')
            {
                expanded.Append(text[i]);
                continue;
            }

            var end = i + 1;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_'))
            {
                end++;
            }

            var name = text[(i + 1)..end];
            Assert.True(variables.TryGetValue(name, out var value), $"${name} is used before the README sets it");
            expanded.Append(value);
            i = end - 1;
        }

        return expanded.ToString();
    }
}
