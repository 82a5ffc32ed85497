using System.Globalization;

namespace GeenKindDeBuurtUit.Platform.CsvImport;

/// <summary>
/// One line of an import file: its number as a text editor counts it (the header is line 1; a
/// quoted value spanning lines counts from where it starts) and its cells by column. The readers
/// below turn a cell into a value or add an error keyed by line and column.
/// </summary>
public sealed class CsvImportLine(int number, IReadOnlyDictionary<string, string> cells, CsvImportErrors errors)
{
    public int Number => number;

    /// <summary>Whether the file holds this column (it may hold an alternative instead, see <see cref="CsvImportFormat.Alternatives"/>).</summary>
    public bool Has(string column) => cells.ContainsKey(column);

    /// <summary>The cell as written; the rules that apply to it (required, length, no pupil identifier) are the command's.</summary>
    public string Text(string column) => cells[column];

    /// <summary>The cell's values separated by <see cref="CsvImportFormat.ListSeparator"/>, each trimmed, empty ones left out.</summary>
    public IReadOnlyList<string> List(string column) =>
        cells[column].Split(CsvImportFormat.ListSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A number with a decimal point (as in JSON), or null with an error.</summary>
    public decimal? Decimal(string column)
    {
        if (decimal.TryParse(cells[column].Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(number, column, "A number is expected, with a decimal point (16.5).");
        return null;
    }

    /// <summary>A whole number, or null with an error.</summary>
    public int? Integer(string column)
    {
        if (int.TryParse(cells[column].Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(number, column, "A whole number is expected.");
        return null;
    }

    /// <summary>The cell as one id, or null with an error.</summary>
    public Guid? Id(string column)
    {
        if (Guid.TryParseExact(cells[column].Trim(), "D", out var id))
        {
            return id;
        }

        errors.Add(number, column, "An id is expected (a GUID such as 3dbc0618-b0e8-52fd-98dc-2210cbb8d433).");
        return null;
    }

    /// <summary>The cell's values as ids, or null with an error naming the first that is not one.</summary>
    public IReadOnlyList<Guid>? Ids(string column)
    {
        var values = List(column);
        var ids = new List<Guid>();
        for (var i = 0; i < values.Count; i++)
        {
            if (!Guid.TryParseExact(values[i], "D", out var id))
            {
                errors.Add(number, column, $"Value {i + 1} is not an id (a GUID such as 3dbc0618-b0e8-52fd-98dc-2210cbb8d433).");
                return null;
            }

            ids.Add(id);
        }

        return ids;
    }

    /// <summary>The cell's values parsed by <paramref name="parse"/> (a wire name), or null with an error listing what is allowed.</summary>
    public IReadOnlyList<T>? Values<T>(string column, Func<string, T?> parse, string allowed)
        where T : struct
    {
        var texts = List(column);
        var values = new List<T>();
        for (var i = 0; i < texts.Count; i++)
        {
            if (parse(texts[i]) is not { } parsed)
            {
                // By position, not echoed: a wrong value could hold what an answer may not repeat (a pupil's number).
                errors.Add(number, column, $"Value {i + 1} is not one of {allowed}.");
                return null;
            }

            values.Add(parsed);
        }

        return values;
    }
}
