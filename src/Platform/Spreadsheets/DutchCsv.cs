using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace GeenKindDeBuurtUit.Platform.Spreadsheets;

/// <summary>
/// A table as Dutch Excel opens it with a double click: UTF-8 with a byte order mark, <c>;</c> between cells, CRLF,
/// decimal commas without grouping (Excel reads "1.234" as a date or a thousand), dates as dd-MM-yyyy, and a shown text
/// such as "&lt; 5" as text. The API's CSV keeps its own documented form (<see cref="CsvExport"/>); this one is for pages.
/// </summary>
public static class DutchCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static byte[] Write(SheetTable table)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";", NewLine = "\r\n" }))
        {
            foreach (var column in table.Columns)
            {
                csv.WriteField(TextCellConverter.Escape(column.Header));
            }

            csv.NextRecord();
            foreach (var row in table.Rows)
            {
                for (var i = 0; i < row.Count; i++)
                {
                    csv.WriteField(Text(row[i], table.Columns[i].Kind));
                }

                csv.NextRecord();
            }
        }

        return [.. Utf8WithBom.GetPreamble(), .. Utf8WithBom.GetBytes(text.ToString())];
    }

    private static string Text(SheetCell cell, CellKind kind) => cell switch
    {
        { Shown: { } shown } => TextCellConverter.Escape(shown),
        { Value: null } => string.Empty,
        { Value: string text } => TextCellConverter.Escape(text),
        { Value: DateOnly date } => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
        { Value: DateTime moment } => moment.ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture),
        { Value: DateTimeOffset moment } => moment.UtcDateTime.ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture),
        { Value: IFormattable number } => number.ToString(NumberFormat(kind), Numbers),
        { Value: var other } => TextCellConverter.Escape(Convert.ToString(other, CultureInfo.InvariantCulture) ?? string.Empty),
    };

    // Fixed-point without grouping: a minus sign and a decimal comma are all Excel needs.
    private static string NumberFormat(CellKind kind) => kind switch
    {
        CellKind.Euro or CellKind.Hours => "F2",
        CellKind.Percent => "F1",
        CellKind.Count => "F0",
        _ => "G",
    };

    private static NumberFormatInfo Numbers => DutchFormat.Numbers;
}
