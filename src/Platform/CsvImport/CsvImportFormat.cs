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
public sealed record CsvImportFormat(IReadOnlyList<string> Columns, int MaxRows, int MaxBytes, string Example)
{
    public const string MediaType = "text/csv";

    /// <summary>Several values in one cell (expertise, area ids) are separated by this; a comma separates the cells.</summary>
    public const char ListSeparator = ';';

    public string Header => string.Join(',', Columns);

    /// <summary>The file as a person reads it in the document: its header, separators, encoding and limits.</summary>
    public string Description =>
        $"A CSV file, UTF-8 (a byte order mark is allowed), comma separated, CRLF or LF line ends, with the header `{Header}` "
        + $"(any order). A value holding a comma, quote or line break is quoted (RFC 4180); several values in one cell are separated by `{ListSeparator}`. "
        + $"At most {MaxRows} lines after the header and {MaxBytes} bytes. All or nothing: any wrong line refuses the whole file "
        + "with `errors` keyed `line N, column` (the header is line 1).";
}
