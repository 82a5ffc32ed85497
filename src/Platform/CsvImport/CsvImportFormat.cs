namespace GeenKindDeBuurtUit.Platform.CsvImport;

/// <summary>
/// What one kind of import file is: its columns (named as the JSON API names the fields), its
/// limits and an example. The same object reads the file, declares the endpoint's body and
/// describes it in the OpenAPI document, so the three cannot drift apart.
/// </summary>
/// <param name="Columns">The header, in the order the example writes it; a file may put them in any order.</param>
/// <param name="MaxRows">Lines after the header; more are refused, not cut off.</param>
/// <param name="MaxBytes">The file's size, byte order mark included.</param>
/// <param name="Example">A valid file, as the document shows it.</param>
/// <param name="Alternatives">
/// Columns a file may hold instead of one of <paramref name="Columns"/> (<c>brin</c> for <c>schoolId</c>): the
/// header then names either, never both; a line's cells are keyed by the name the header used.
/// </param>
public sealed record CsvImportFormat(IReadOnlyList<string> Columns, int MaxRows, int MaxBytes, string Example, IReadOnlyDictionary<string, string>? Alternatives = null)
{
    public const string MediaType = "text/csv";

    /// <summary>Several values in one cell (expertise, area ids) are separated by this; a comma separates the cells.</summary>
    public const char ListSeparator = ';';

    public string Header => string.Join(',', Columns);

    /// <summary>The column a header name stands for: itself, or the column it is an alternative to; null when the format has no such column.</summary>
    public string? ColumnOf(string name) =>
        Columns.Contains(name, StringComparer.Ordinal) ? name : Alternatives is not null && Alternatives.TryGetValue(name, out var column) ? column : null;

    /// <summary>The file as a person reads it in the document: its header, separators, encoding and limits.</summary>
    public string Description =>
        $"A CSV file, UTF-8 (a byte order mark is allowed), comma separated, CRLF or LF line ends, with the header `{Header}` "
        + $"(any order{AlternativesText}). Lines starting with `#` before the header are comments. A value holding a comma, quote or line break is quoted (RFC 4180); several values in one cell are separated by `{ListSeparator}`. "
        + $"At most {MaxRows} lines after the header and {MaxBytes} bytes. All or nothing: any wrong line refuses the whole file "
        + "with `errors` keyed `line N, column` (lines counted as a text editor counts them).";

    private string AlternativesText => Alternatives is null or { Count: 0 }
        ? string.Empty
        : "; " + string.Join("; ", Alternatives.Select(a => $"`{a.Key}` may stand instead of `{a.Value}`"));
}
