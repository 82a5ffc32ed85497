using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.AspNetCore.Http;

namespace GeenKindDeBuurtUit.Platform.Spreadsheets;

/// <summary>
/// Every CSV file the platform hands out, written one way (docs/adr/0033): UTF-8 with a byte order
/// mark (so a spreadsheet does not guess another encoding), comma separated, CRLF line ends, a
/// header row naming columns as the JSON names fields, invariant culture (a decimal point), nothing
/// written for null. Text cells that a spreadsheet would run as a formula are written as text;
/// number columns stay numbers, negative ones too.
/// </summary>
public static class CsvExport
{
    public const string MediaType = "text/csv";

    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static byte[] Write<TRow>(IEnumerable<TRow> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" }))
        {
            // Before the map is made: mapping picks each column's converter from this cache.
            csv.Context.TypeConverterCache.AddConverter<string>(new TextCellConverter());
            var map = csv.Context.AutoMap<TRow>();
            foreach (var member in map.MemberMaps)
            {
                member.Name(JsonNamingPolicy.CamelCase.ConvertName(member.Data.Member!.Name));
            }

            csv.Context.RegisterClassMap(map);
            csv.WriteRecords(rows);
        }

        return [.. Utf8WithBom.GetPreamble(), .. Utf8WithBom.GetBytes(text.ToString())];
    }

    /// <summary>The rows as a download named <paramref name="fileName"/>.</summary>
    public static IResult File<TRow>(IEnumerable<TRow> rows, string fileName) => TypedResults.File(Write(rows), ContentType, fileName);
}
