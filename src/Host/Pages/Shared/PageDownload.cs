using GeenKindDeBuurtUit.Platform.Spreadsheets;
using Microsoft.AspNetCore.Mvc;

namespace GeenKindDeBuurtUit.Host.Pages.Shared;

/// <summary>
/// A page's tables as downloads: <c>?vorm=csv|xlsx&amp;tabel={id}</c> answers exactly that table, as Dutch CSV
/// (<see cref="DutchCsv"/>) or a one-sheet workbook (<see cref="XlsxWorkbook"/>), so a download never holds a figure
/// the page did not show. An unknown table or form is a 404: the link was not one the page offered.
/// </summary>
public static class PageDownload
{
    public const string Csv = "csv";

    public const string Xlsx = "xlsx";

    /// <summary>True when the request asks for a download rather than the page.</summary>
    public static bool Requested(string? vorm) => !string.IsNullOrEmpty(vorm);

    /// <param name="fileStem">The start of the file name, e.g. "monitoring-2025-2026"; the table's id follows.</param>
    public static IActionResult Answer(IReadOnlyList<PageTable> tables, string? tabel, string? vorm, string fileStem)
    {
        var table = tables.FirstOrDefault(t => string.Equals(t.Id, tabel, StringComparison.Ordinal));
        var fileName = $"{fileStem}-{tabel}";
        return (table, vorm) switch
        {
            (null, _) => new NotFoundResult(),
            (_, Csv) => new FileContentResult(DutchCsv.Write(table.Sheet), DutchCsv.ContentType) { FileDownloadName = fileName + ".csv" },
            (_, Xlsx) => Workbook([table.Sheet], fileName + ".xlsx"),
            _ => new NotFoundResult(),
        };
    }

    /// <summary>Several tables as one workbook, a sheet each (the treasurer's summary, ledger and reconciliation).</summary>
    public static IActionResult Workbook(IReadOnlyList<SheetTable> sheets, string fileName) => new WorkbookResult(sheets, fileName);

    // Written into memory first: a failure half-way becomes an error page, not a truncated file, and the length is known.
    private sealed class WorkbookResult(IReadOnlyList<SheetTable> sheets, string fileName) : IActionResult
    {
        public async Task ExecuteResultAsync(ActionContext context)
        {
            using var buffer = new MemoryStream();
            await XlsxWorkbook.WriteAsync(sheets, buffer, context.HttpContext.RequestAborted);
            await new FileContentResult(buffer.ToArray(), XlsxWorkbook.MediaType) { FileDownloadName = fileName }.ExecuteResultAsync(context);
        }
    }
}
