using CsvHelper.Configuration.Attributes;
using GeenKindDeBuurtUit.Platform.Spreadsheets;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Reconciliation;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Api;

/// <summary>
/// The reconciliation as one flat table a spreadsheet opens (<see cref="CsvExport"/>): a row per
/// board per area, then a row per board's total (no area) and per area's total (no board), told
/// apart by <c>row</c> so a filter sums one kind without counting money twice. Amounts as numbers
/// with two decimals, and the board's and area's name next to each id.
/// </summary>
internal static class ReconciliationCsv
{
    public static IEnumerable<Guid> Ids(ReconciliationDto reconciliation) =>
        reconciliation.Boards.SelectMany(b => b.Areas.Select(a => a.AreaId).Prepend(b.BoardId)).Concat(reconciliation.Areas.Select(a => a.AreaId));

    public static byte[] Write(ReconciliationDto reconciliation, IReadOnlyDictionary<Guid, string> names)
    {
        string? Name(Guid? id) => id is { } known ? names.GetValueOrDefault(known) : null;
        ReconciliationCsvRow Row(string row, Guid? boardId, Guid? areaId, decimal contributed, decimal allocated, decimal spent) =>
            new(row, reconciliation.SchoolYear, boardId, Name(boardId), areaId, Name(areaId), contributed, allocated, spent);

        var perBoardArea = reconciliation.Boards.SelectMany(b => b.Areas.Select(a => Row("board-area", b.BoardId, a.AreaId, a.Contributed, a.Allocated, a.Spent)));
        var perBoard = reconciliation.Boards.Select(b => Row("board", b.BoardId, null, b.Contributed, b.Allocated, b.Spent));
        var perArea = reconciliation.Areas.Select(a => Row("area", null, a.AreaId, a.Contributions, a.Allocated, a.Spent));
        return CsvExport.Write(perBoardArea.Concat(perBoard).Concat(perArea));
    }
}

internal sealed record ReconciliationCsvRow(
    string Row,
    string SchoolYear,
    Guid? BoardId,
    string? BoardName,
    Guid? AreaId,
    string? AreaName,
    [property: Format("0.00")] decimal Contributed,
    [property: Format("0.00")] decimal Allocated,
    [property: Format("0.00")] decimal Spent);
