using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;

namespace GeenKindDeBuurtUit.Platform.CsvImport;

/// <summary>
/// Reads an uploaded file of a <see cref="CsvImportFormat"/> with CsvHelper's parser (RFC 4180:
/// quoted values with commas, quotes and line breaks; CRLF, LF or CR; a UTF-8 byte order mark).
/// A file it cannot read as that format at all (too large, not UTF-8, empty, a wrong header, too
/// many lines) is refused at once; a line with the wrong number of values is added to the errors
/// and left out, so the caller still checks the other lines and answers every problem together.
/// </summary>
public static class CsvImportReader
{
    private const string FileKey = "file";

    public static async Task<IReadOnlyList<CsvImportLine>> ReadAsync(Stream body, CsvImportFormat format, CsvImportErrors errors, CancellationToken cancellationToken)
    {
        var bytes = await ReadBytesAsync(body, format.MaxBytes, cancellationToken);
        if (bytes is null)
        {
            throw InvalidRequestException.For(FileKey, $"The file is larger than {format.MaxBytes} bytes; split it.");
        }

        string text;
        try
        {
            using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false);
            text = await reader.ReadToEndAsync(cancellationToken);
        }
        catch (DecoderFallbackException)
        {
            throw InvalidRequestException.For(FileKey, "The file is not UTF-8 text; save it as CSV UTF-8.");
        }

        return Read(BlankLeadingComments(text.TrimStart('\uFEFF')), format, errors);
    }

    private static List<CsvImportLine> Read(string text, CsvImportFormat format, CsvImportErrors errors)
    {
        var badLine = false;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = _ => badLine = true,
            DetectColumnCountChanges = false,
            IgnoreBlankLines = true,
        };
        using var parser = new CsvParser(new StringReader(text), configuration);
        Dictionary<string, int>? columns = null;
        var lines = new List<CsvImportLine>();
        var rows = 0;
        while (parser.Read())
        {
            var record = parser.Record ?? [];
            var number = StartLine(parser.RawRow, record);
            if (record.All(string.IsNullOrWhiteSpace) && record.Length <= 1)
            {
                continue;
            }

            if (columns is null)
            {
                columns = Header(number, record, format, errors);
                errors.ThrowIfAny();
                continue;
            }

            if (++rows > format.MaxRows)
            {
                throw InvalidRequestException.For(CsvImportErrors.Key(number), $"A file holds at most {format.MaxRows} lines after the header; split it.");
            }

            if (badLine)
            {
                badLine = false;
                errors.Add(number, null, "A quote inside a value that is not quoted, or a quoted value that does not end: a value with a comma, quote or line break is written between double quotes, its quotes doubled.");
                continue;
            }

            if (record.Length != format.Columns.Count)
            {
                errors.Add(number, null, $"The line has {record.Length} values; the header has {format.Columns.Count} columns.");
                continue;
            }

            var cells = columns.ToDictionary(c => c.Key, c => record[c.Value], StringComparer.Ordinal);
            foreach (var (column, cell) in cells.Where(c => c.Value.Contains('\0', StringComparison.Ordinal)))
            {
                errors.Add(number, column, "Text may not contain the NUL character (U+0000).");
            }

            lines.Add(new CsvImportLine(number, cells, errors));
        }

        if (columns is null)
        {
            throw InvalidRequestException.For(CsvImportErrors.Key(1), $"The file is empty; its first line (after any comment lines) is the header {format.Header}.");
        }

        return lines;
    }

    /// <summary>
    /// Each column by its position; any order is taken, but every column (or its alternative) exactly once and nothing else.
    /// Keyed by the name the header used, so a line tells which of the two it holds.
    /// </summary>
    private static Dictionary<string, int> Header(int line, string[] record, CsvImportFormat format, CsvImportErrors errors)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < record.Length; i++)
        {
            var name = record[i].Trim();
            if (format.ColumnOf(name) is not { } column)
            {
                // By position, not echoed: the header is the caller's text.
                errors.Add(line, $"column {i + 1}", $"Column {i + 1} of the header is not one of {string.Join(", ", format.Columns.Concat(format.Alternatives?.Keys ?? []))} (spelt exactly so).");
            }
            else if (!named.TryAdd(column, name))
            {
                errors.Add(line, $"column {i + 1}", named[column] == name ? $"The header names {name} twice." : $"The header names both {named[column]} and {name}; a file holds one of them.");
            }
            else
            {
                columns[name] = i;
            }
        }

        foreach (var missing in format.Columns.Where(c => !named.ContainsKey(c)))
        {
            errors.Add(line, missing, $"The header has no column {missing}.");
        }

        return columns;
    }

    /// <summary>
    /// Lines before the header that start with <c>#</c> are comments (a note saying where the figures come
    /// from). They are emptied, not removed, so every later line keeps the number a text editor shows.
    /// </summary>
    private static string BlankLeadingComments(string text)
    {
        var kept = new StringBuilder();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOfAny(['\r', '\n'], start);
            var content = end < 0 ? text[start..] : text[start..end];
            if (content.Trim().Length > 0 && !content.TrimStart().StartsWith('#'))
            {
                break;
            }

            if (end < 0)
            {
                return kept.ToString();
            }

            var ending = text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1;
            kept.Append(text, end, ending);
            start = end + ending;
        }

        return kept.Append(text, start, text.Length - start).ToString();
    }

    /// <summary>The parser counts lines up to a record's end; a person looks for where it starts.</summary>
    private static int StartLine(int endLine, string[] record) =>
        endLine - record.Sum(value => value.Replace("\r\n", "\n", StringComparison.Ordinal).Count(c => c is '\n' or '\r'));

    /// <summary>The body, or null when it holds more than <paramref name="maxBytes"/>.</summary>
    private static async Task<byte[]?> ReadBytesAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
