using System.Globalization;
using System.Text.RegularExpressions;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;

namespace GeenKindDeBuurtUit.Platform.CsvImport;

/// <summary>
/// What is wrong with an import file, keyed as a person finds it in a text editor:
/// <c>line 4, hoursPerWeek</c> for a cell, <c>line 4</c> for a whole line. The answer is 400 with
/// every problem of the file at once, in the order of its lines.
/// </summary>
public sealed partial class CsvImportErrors
{
    private readonly List<(int Line, string Key, string Message)> _errors = [];

    public bool Any => _errors.Count > 0;

    public static string Key(int line, string? column = null) => column is null ? $"line {line}" : $"line {line}, {column}";

    public void Add(int line, string? column, string message) => _errors.Add((line, Key(line, column), message));

    /// <summary>
    /// Adds a command's errors, keyed by the field paths of its list of items
    /// (<c>professionals[3].professional.areaIds[0]</c>), at the line each item was read from and
    /// the column its last member names (<c>line 7, areaIds</c>).
    /// </summary>
    public void Add(InvalidRequestException invalid, Func<int, int> lineOfItem)
    {
        foreach (var (key, messages) in invalid.Errors)
        {
            var item = ItemPath().Match(key);
            var line = item.Success ? lineOfItem(int.Parse(item.Groups["index"].Value, CultureInfo.InvariantCulture)) : 0;
            var located = item.Success ? Key(line, item.Groups["column"].Value) : key;
            foreach (var message in messages)
            {
                // A message that names its field (the free-text rule does) names the cell instead.
                _errors.Add((line, located, message.Replace($"'{key}'", $"'{located}'", StringComparison.Ordinal)));
            }
        }
    }

    public InvalidRequestException ToException() =>
        new(_errors.OrderBy(e => e.Line).GroupBy(e => e.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).Distinct().ToArray(), StringComparer.Ordinal));

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw ToException();
        }
    }

    [GeneratedRegex(@"\A\w+\[(?<index>\d+)\]\.(?:\w+\.)*(?<column>\w+)(?:\[\d+\])?\z")]
    private static partial Regex ItemPath();
}
