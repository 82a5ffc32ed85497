using GeenKindDeBuurtUit.Platform.Spreadsheets;

namespace GeenKindDeBuurtUit.Host.Pages.Shared;

/// <summary>
/// A table on a page: shown as an HTML table, drawn as a chart when <paramref name="Chart"/> names one, and offered
/// as exactly that table for download (CSV for Dutch Excel, XLSX).
/// </summary>
/// <param name="Id">The table's element id and its name in download links (<c>?tabel=</c>).</param>
/// <param name="Chart">"bars-target", "trend", "pyramid" or "bars"; null for a table without a chart.</param>
public sealed record PageTable(string Id, string Caption, SheetTable Sheet, string? Chart = null);
