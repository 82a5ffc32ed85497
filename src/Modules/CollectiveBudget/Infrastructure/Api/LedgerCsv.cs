using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Api;

/// <summary>
/// The ledger as a file a spreadsheet opens correctly: UTF-8 with a byte order mark (so Excel
/// does not guess another encoding), comma separated, amounts with a decimal point and always
/// two decimals, times in ISO 8601 UTC.
/// </summary>
internal static class LedgerCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static byte[] Write(IEnumerable<LedgerEntryDto> entries)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" }))
        {
            csv.Context.RegisterClassMap<LedgerCsvRowMap>();
            csv.WriteRecords(entries.Select(Row));
        }

        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text.ToString())];
    }

    private static LedgerCsvRow Row(LedgerEntryDto e) => new(
        e.Sequence,
        e.Id.ToString(),
        e.BookedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        e.SchoolYear,
        e.AreaId.ToString(),
        e.Kind,
        e.Amount.ToString("0.00", CultureInfo.InvariantCulture),
        e.BoardId?.ToString(),
        Text(e.ExternalRef),
        e.Level,
        e.TargetId?.ToString(),
        Text(e.Purpose),
        e.Hours?.ToString("0.00", CultureInfo.InvariantCulture),
        e.CorrectsEntryId?.ToString(),
        e.CorrectedKind,
        Text(e.Reason),
        Text(e.BookedBy));

    // Free text that a spreadsheet would run as a formula ("=HYPERLINK(...)") is shown as text instead.
    private static string? Text(string? value) => value is { Length: > 0 } && FormulaStarts.Contains(value[0]) ? "'" + value : value;
}

internal sealed record LedgerCsvRow(
    int Sequence,
    string Id,
    string BookedAt,
    string SchoolYear,
    string AreaId,
    string Kind,
    string Amount,
    string? BoardId,
    string? ExternalRef,
    string? Level,
    string? TargetId,
    string? Purpose,
    string? Hours,
    string? CorrectsEntryId,
    string? CorrectedKind,
    string? Reason,
    string? BookedBy);

/// <summary>The same names as the JSON ledger (camelCase), so a script reads either.</summary>
internal sealed class LedgerCsvRowMap : ClassMap<LedgerCsvRow>
{
    public LedgerCsvRowMap()
    {
        AutoMap(CultureInfo.InvariantCulture);
        foreach (var member in MemberMaps)
        {
            member.Name(JsonNamingPolicy.CamelCase.ConvertName(member.Data.Member!.Name));
        }
    }
}
