using System.Globalization;
using CsvHelper.Configuration.Attributes;
using GeenKindDeBuurtUit.Platform.Spreadsheets;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Api;

/// <summary>
/// The ledger as a file a spreadsheet opens correctly (<see cref="CsvExport"/>): amounts and hours
/// as numbers with always two decimals, times in ISO 8601 UTC, the same column names as the JSON
/// ledger so a script reads either, and next to each id the name of its area, board or target,
/// so a treasurer reads the file without a lookup.
/// </summary>
internal static class LedgerCsv
{
    public static IEnumerable<Guid> Ids(IEnumerable<LedgerEntryDto> entries) =>
        entries.SelectMany(e => new[] { e.AreaId, e.BoardId, e.TargetId }).OfType<Guid>();

    public static byte[] Write(IEnumerable<LedgerEntryDto> entries, IReadOnlyDictionary<Guid, string> names) =>
        CsvExport.Write(entries.Select(e => Row(e, id => id is { } known ? names.GetValueOrDefault(known) : null)));

    private static LedgerCsvRow Row(LedgerEntryDto e, Func<Guid?, string?> name) => new(
        e.Sequence,
        e.Id,
        e.BookedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        e.SchoolYear,
        e.AreaId,
        name(e.AreaId),
        e.Kind,
        e.Amount,
        e.BoardId,
        name(e.BoardId),
        e.ExternalRef,
        e.Level,
        e.TargetId,
        name(e.TargetId),
        e.Purpose,
        e.Hours,
        e.CorrectsEntryId,
        e.CorrectedKind,
        e.Reason,
        e.BookedBy);
}

internal sealed record LedgerCsvRow(
    int Sequence,
    Guid Id,
    string BookedAt,
    string SchoolYear,
    Guid AreaId,
    string? AreaName,
    string Kind,
    [property: Format("0.00")] decimal Amount,
    Guid? BoardId,
    string? BoardName,
    string? ExternalRef,
    string? Level,
    Guid? TargetId,
    string? TargetName,
    string? Purpose,
    [property: Format("0.00")] decimal? Hours,
    Guid? CorrectsEntryId,
    string? CorrectedKind,
    string? Reason,
    string? BookedBy);
