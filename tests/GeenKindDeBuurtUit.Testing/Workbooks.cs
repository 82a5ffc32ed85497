using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Xunit;

namespace GeenKindDeBuurtUit.Testing;

/// <summary>One cell as Excel would see it: its text, or its number with the number format it is shown in.</summary>
public sealed record WorkbookCell(string? Text, decimal? Number, string? Format)
{
    /// <summary>A number under a date format, as the date Excel shows (serial days since 1899-12-30).</summary>
    public DateTime? Date => Number is { } serial ? DateTime.FromOADate((double)serial) : null;

    public override string ToString() => Text ?? Number?.ToString(CultureInfo.InvariantCulture) ?? "";
}

/// <summary>A sheet read back: its rows (the header first) and how many top rows are frozen.</summary>
public sealed record WorkbookSheet(string Name, IReadOnlyList<IReadOnlyList<WorkbookCell>> Rows, int FrozenRows)
{
    public IReadOnlyList<string> Header => Rows.Count == 0 ? [] : Rows[0].Select(c => c.Text ?? "").ToList();

    public IReadOnlyList<IReadOnlyList<WorkbookCell>> Body => Rows.Skip(1).ToList();

    /// <summary>The body's cells of the column with this header.</summary>
    public IReadOnlyList<WorkbookCell> Column(string header)
    {
        var index = Header.ToList().IndexOf(header);
        Assert.True(index >= 0, $"Sheet '{Name}' has no column '{header}'; it has {string.Join(", ", Header)}.");
        return Body.Select(r => index < r.Count ? r[index] : new WorkbookCell(null, null, null)).ToList();
    }
}

/// <summary>
/// Reads an XLSX file with the Open XML SDK, a reader independent of the writer (SpreadCheetah), so a test sees what
/// Excel would: sheet names, values, number formats and frozen panes.
/// </summary>
public static class Workbooks
{
    // The built-in formats a writer may refer to by id instead of writing them out.
    private static readonly Dictionary<uint, string> BuiltInFormats = new()
    {
        [0] = "General", [1] = "0", [2] = "0.00", [3] = "#,##0", [4] = "#,##0.00", [9] = "0%", [10] = "0.00%", [14] = "mm-dd-yy", [22] = "m/d/yy h:mm",
    };

    public static IReadOnlyList<WorkbookSheet> Read(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var part = document.WorkbookPart ?? throw new InvalidOperationException("The file has no workbook.");
        var shared = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var formats = FormatsOf(part);
        return part.Workbook.Sheets!.Elements<Sheet>().Select(sheet =>
        {
            var worksheet = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet;
            var rows = worksheet.Descendants<Row>().Select(row => RowOf(row, shared, formats)).ToList();
            var pane = worksheet.Descendants<Pane>().FirstOrDefault();
            var frozen = pane?.State?.Value == PaneStateValues.Frozen ? (int)(pane.VerticalSplit?.Value ?? 0) : 0;
            return new WorkbookSheet(sheet.Name!.Value!, rows, frozen);
        }).ToList();
    }

    public static WorkbookSheet Sheet(this IReadOnlyList<WorkbookSheet> sheets, string name) =>
        sheets.SingleOrDefault(s => s.Name == name) ?? throw new Xunit.Sdk.XunitException($"No sheet '{name}'; the workbook has {string.Join(", ", sheets.Select(s => s.Name))}.");

    private static IReadOnlyList<WorkbookCell> RowOf(Row row, IReadOnlyList<string> shared, IReadOnlyList<string?> formats)
    {
        var cells = new List<WorkbookCell>();
        foreach (var cell in row.Elements<Cell>())
        {
            // A writer may leave out empty cells when it writes references: fill the gap so columns line up.
            if (cell.CellReference?.Value is { } reference)
            {
                while (cells.Count < ColumnIndex(reference))
                {
                    cells.Add(new WorkbookCell(null, null, null));
                }
            }

            var format = cell.StyleIndex?.Value is { } style && style < formats.Count ? formats[(int)style] : null;
            cells.Add(CellOf(cell, shared, format));
        }

        return cells;
    }

    private static WorkbookCell CellOf(Cell cell, IReadOnlyList<string> shared, string? format)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return new WorkbookCell(cell.InlineString?.InnerText ?? "", null, format);
        }

        var raw = cell.CellValue?.Text;
        if (type == CellValues.SharedString)
        {
            return new WorkbookCell(shared[int.Parse(raw!, CultureInfo.InvariantCulture)], null, format);
        }

        if (type == CellValues.String || type == CellValues.Boolean || raw is null)
        {
            return new WorkbookCell(raw ?? "", null, format);
        }

        return new WorkbookCell(null, decimal.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture), format);
    }

    private static IReadOnlyList<string?> FormatsOf(WorkbookPart part)
    {
        var stylesheet = part.WorkbookStylesPart?.Stylesheet;
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];
        return stylesheet?.CellFormats?.Elements<CellFormat>().Select(f => f.NumberFormatId?.Value is { } id
            ? custom.GetValueOrDefault(id) ?? BuiltInFormats.GetValueOrDefault(id)
            : null).ToList() ?? [];
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var letter in reference.TakeWhile(char.IsLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(letter) - 'A' + 1);
        }

        return index - 1;
    }
}
