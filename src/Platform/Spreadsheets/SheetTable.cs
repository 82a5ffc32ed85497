namespace GeenKindDeBuurtUit.Platform.Spreadsheets;

/// <summary>What a cell holds, so every writer formats it the same way (euros as numbers, dates as dates).</summary>
public enum CellKind { Text, Count, Euro, Percent, Hours, Date, DateTime }

public sealed record SheetColumn(string Header, CellKind Kind, double Width = 14);

/// <summary>A value with an optional text shown instead of it (a suppressed count is shown as "&lt; 5", never its number).</summary>
public readonly record struct SheetCell(object? Value, string? Shown = null);

/// <summary>One table as people see it: a sheet of a workbook, a CSV download, a table on a page.</summary>
public sealed record SheetTable(string Name, IReadOnlyList<SheetColumn> Columns, IReadOnlyList<IReadOnlyList<SheetCell>> Rows);
