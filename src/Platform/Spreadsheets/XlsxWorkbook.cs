using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace GeenKindDeBuurtUit.Platform.Spreadsheets;

/// <summary>
/// Tables as one workbook, a sheet per table: a bold, frozen header row; amounts, counts and hours as numbers and dates
/// as dates, each with its format, so Excel sums and sorts them without conversion (docs/adr/0056).
/// </summary>
public static class XlsxWorkbook
{
    public const string MediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // Sheet names: at most 31 characters, none of : \ / ? * [ ].
    private const int MaxSheetName = 31;

    private static readonly Dictionary<CellKind, string> Formats = new()
    {
        [CellKind.Count] = "0",
        [CellKind.Euro] = "\"€\" #,##0.00;\"€\" -#,##0.00",
        [CellKind.Percent] = "0.0%",
        [CellKind.Hours] = "0.00",
        [CellKind.Date] = "dd-mm-yyyy",
        [CellKind.DateTime] = "dd-mm-yyyy hh:mm",
    };

    public static async Task WriteAsync(IReadOnlyList<SheetTable> tables, Stream stream, CancellationToken cancellationToken)
    {
        await using var workbook = await Spreadsheet.CreateNewAsync(stream, cancellationToken: cancellationToken);
        var header = workbook.AddStyle(new Style { Font = { Bold = true } });
        var styles = Formats.ToDictionary(f => f.Key, f => (StyleId?)workbook.AddStyle(new Style { Format = NumberFormat.Custom(f.Value) }));
        foreach (var table in tables)
        {
            var options = new WorksheetOptions { FrozenRows = 1 };
            for (var column = 0; column < table.Columns.Count; column++)
            {
                options.Column(column + 1).Width = table.Columns[column].Width;
            }

            await workbook.StartWorksheetAsync(SheetName(table.Name), options, cancellationToken);
            await workbook.AddHeaderRowAsync(table.Columns.Select(c => c.Header).ToList(), header, cancellationToken);
            foreach (var row in table.Rows)
            {
                var cells = row.Select((cell, i) => CellOf(cell, table.Columns[i].Kind, styles.GetValueOrDefault(table.Columns[i].Kind))).ToList();
                await workbook.AddRowAsync(cells, cancellationToken);
            }
        }

        await workbook.FinishAsync(cancellationToken);
    }

    private static Cell CellOf(SheetCell cell, CellKind kind, StyleId? style)
    {
        if (cell.Shown is { } shown)
        {
            return new Cell(shown);
        }

        return cell.Value switch
        {
            null => new Cell(string.Empty),
            string text => new Cell(text),
            DateOnly date => new Cell(date.ToDateTime(TimeOnly.MinValue), style),
            DateTime moment => new Cell(moment, style),
            DateTimeOffset moment => new Cell(moment.UtcDateTime, style),
            _ when kind == CellKind.Percent => new Cell(Convert.ToDecimal(cell.Value, System.Globalization.CultureInfo.InvariantCulture) / 100m, style),
            int count => new Cell(count, style),
            long count => new Cell(count, style),
            decimal number => new Cell(number, style),
            double number => new Cell(number, style),
            var other => new Cell(Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty),
        };
    }

    private static string SheetName(string name)
    {
        var clean = new string(name.Select(c => c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' ? '-' : c).ToArray());
        return clean.Length <= MaxSheetName ? clean : clean[..MaxSheetName];
    }
}
