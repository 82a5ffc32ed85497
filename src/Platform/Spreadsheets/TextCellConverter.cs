using CsvHelper;
using CsvHelper.Configuration;
using CsvHelper.TypeConversion;

namespace GeenKindDeBuurtUit.Platform.Spreadsheets;

/// <summary>
/// OWASP's CSV-injection rule for text cells: one starting with <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, a tab or a carriage return gets a leading single quote, so a spreadsheet shows
/// "=HYPERLINK(…)" as text instead of running it. Only text columns pass here; a negative amount
/// in a number column is written as the number it is.
/// </summary>
public sealed class TextCellConverter : StringConverter
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public override string? ConvertToString(object? value, IWriterRow row, MemberMapData memberMapData) =>
        base.ConvertToString(value is string text ? Escape(text) : value, row, memberMapData);

    public static string Escape(string text) => text.Length > 0 && FormulaStarts.Contains(text[0]) ? "'" + text : text;
}
