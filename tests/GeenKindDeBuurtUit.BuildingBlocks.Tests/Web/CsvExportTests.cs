using System.Text;
using GeenKindDeBuurtUit.Platform.Spreadsheets;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Web;

public sealed class CsvExportTests
{
    private sealed record Line(string Name, string? Text, decimal Amount, int? Count, Guid Id);

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\")")]
    [InlineData("+31 20 123")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A9)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public void A_text_cell_a_spreadsheet_would_run_as_a_formula_is_written_as_text(string hostile)
    {
        var cells = Cells(Read(CsvExport.Write([new Line(hostile, hostile, 1m, 1, Guid.Empty)])));

        Assert.StartsWith("'", cells[0], StringComparison.Ordinal);
        Assert.Equal("'" + hostile, cells[0]);
        Assert.Equal("'" + hostile, cells[1]);
    }

    [Fact]
    public void Numbers_stay_numbers_negative_ones_too_and_ordinary_text_is_untouched()
    {
        var csv = Read(CsvExport.Write([new Line("Taalklas, groep 1-2", null, -250.5m, -3, Guid.Empty)]));

        Assert.Equal("name,text,amount,count,id\r\n\"Taalklas, groep 1-2\",,-250.5,-3,00000000-0000-0000-0000-000000000000\r\n", csv);
    }

    [Fact]
    public void Every_file_starts_with_a_utf8_byte_order_mark()
    {
        var bytes = CsvExport.Write([new Line("één", null, 0m, null, Guid.Empty)]);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Contains("één", Read(bytes), StringComparison.Ordinal);
    }

    private static string Read(byte[] bytes) => Encoding.UTF8.GetString(bytes[3..]);

    // The cells of the first data line (no commas or quotes inside the hostile values).
    private static string[] Cells(string csv)
    {
        var line = csv.Split("\r\n")[1];
        return line.Split(',').Select(c => c.Length > 1 && c[0] == '"' ? c[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : c).ToArray();
    }
}
