using System.Text;
using GeenKindDeBuurtUit.Platform.Spreadsheets;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Web;

public sealed class SpreadsheetTests
{
    private static readonly SheetTable Ledger = new(
        "Grootboek",
        [new("Omschrijving", CellKind.Text), new("Bedrag", CellKind.Euro), new("Datum", CellKind.Date), new("Verwijzingen", CellKind.Count), new("Aandeel", CellKind.Percent), new("Uren", CellKind.Hours)],
        [
            [new("Bijdrage; bestuur \"Noord\""), new(1234.5m), new(new DateOnly(2026, 3, 9)), new(12), new(12.5m), new(3.25m)],
            [new("=HYPERLINK(\"x\")"), new(-20m), new(null), new(3, "< 5"), new(null), new(null)],
        ]);

    [Fact]
    public async Task Amounts_are_numbers_in_euros_dates_are_dates_and_the_header_is_frozen_on_every_sheet()
    {
        var sheets = Workbooks.Read(await XlsxAsync([Ledger, Ledger with { Name = "Samenvatting" }]));

        Assert.Equal(["Grootboek", "Samenvatting"], sheets.Select(s => s.Name));
        Assert.All(sheets, s => Assert.Equal(1, s.FrozenRows));
        var ledger = sheets.Sheet("Grootboek");
        Assert.Equal(["Omschrijving", "Bedrag", "Datum", "Verwijzingen", "Aandeel", "Uren"], ledger.Header);
        var amount = ledger.Column("Bedrag")[0];
        Assert.Equal(1234.5m, amount.Number);
        Assert.Equal("\"€\" #,##0.00;\"€\" -#,##0.00", amount.Format);
        Assert.Equal(-20m, ledger.Column("Bedrag")[1].Number);
        var date = ledger.Column("Datum")[0];
        Assert.Equal(new DateTime(2026, 3, 9), date.Date);
        Assert.Equal("dd-mm-yyyy", date.Format);
        Assert.Equal(0.125m, ledger.Column("Aandeel")[0].Number);
        Assert.Equal("0.0%", ledger.Column("Aandeel")[0].Format);
        Assert.Equal(12m, ledger.Column("Verwijzingen")[0].Number);
        Assert.Equal(3.25m, ledger.Column("Uren")[0].Number);
    }

    [Fact]
    public async Task A_shown_text_replaces_the_value_so_a_suppressed_count_never_reaches_the_file()
    {
        var bytes = await XlsxAsync([Ledger]);
        var cell = Workbooks.Read(bytes).Sheet("Grootboek").Column("Verwijzingen")[1];

        Assert.Equal("< 5", cell.Text);
        Assert.Null(cell.Number);
    }

    [Fact]
    public async Task A_long_sheet_name_or_one_with_forbidden_characters_still_opens()
    {
        var sheets = Workbooks.Read(await XlsxAsync([Ledger with { Name = "Verrekening per bestuur: 2025/2026 [alle gebieden]" }]));

        var name = Assert.Single(sheets).Name;
        Assert.True(name.Length <= 31);
        Assert.DoesNotContain(name, c => c is ':' or '/' or '[' or ']');
    }

    [Fact]
    public void Dutch_csv_has_a_bom_semicolons_crlf_decimal_commas_without_grouping_and_dutch_dates()
    {
        var bytes = DutchCsv.Write(Ledger);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("Omschrijving;Bedrag;Datum;Verwijzingen;Aandeel;Uren", lines[0]);
        Assert.Equal("\"Bijdrage; bestuur \"\"Noord\"\"\";1234,50;09-03-2026;12;12,5;3,25", lines[1]);
        Assert.Equal("\"'=HYPERLINK(\"\"x\"\")\";-20,00;;< 5;;", lines[2]);
        Assert.Equal("", lines[3]);
    }

    private static async Task<byte[]> XlsxAsync(IReadOnlyList<SheetTable> tables)
    {
        using var stream = new MemoryStream();
        await XlsxWorkbook.WriteAsync(tables, stream, CancellationToken.None);
        return stream.ToArray();
    }
}
