using System.Text;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.Platform.CsvImport;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Web;

/// <summary>The import reader as a second import would use it: the referral history's whole numbers, lines counted as an editor counts them.</summary>
public sealed class CsvImportReaderTests
{
    private static readonly CsvImportFormat ReferralHistory = new(["schoolId", "sbo", "soLow", "soMedium", "soHigh"], MaxRows: 3, MaxBytes: 1024, Example: "");

    private static readonly Guid School = Guid.Parse("7535f312-c0f6-5e5f-b80c-ad86c3116d31");

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    [InlineData("\r")]
    public async Task Lines_are_numbered_as_an_editor_shows_them_whatever_the_line_ends(string end)
    {
        var text = string.Join(end, "soHigh,soMedium,soLow,sbo,schoolId", "", $"1,2,3,4,{School}", $"\"5\",\"6\",\"7{end}\",8,{School}", $"0,0,0,0,{School}") + end;
        var errors = new CsvImportErrors();

        var lines = await ReadAsync(text, errors);

        Assert.False(errors.Any);
        Assert.Equal([3, 4, 6], lines.Select(l => l.Number));
        Assert.Equal(4, lines[0].Integer("sbo"));
        Assert.Equal([School], lines[0].Ids("schoolId"));
        Assert.Equal("7" + end, lines[1].Text("soLow"));
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    public async Task Comment_lines_before_the_header_are_skipped_and_still_counted(string end)
    {
        var text = string.Join(end, "# The figures of this file are invented.", "", " # and so, with a comma, are these", "schoolId,sbo,soLow,soMedium,soHigh", $"{School},1,x,3,4", $"# {School},1,2,3,4") + end;
        var errors = new CsvImportErrors();

        var lines = await ReadAsync(text, errors);

        Assert.Equal([5, 6], lines.Select(l => l.Number));
        Assert.Null(lines[0].Integer("soLow"));
        Assert.Null(lines[1].Id("schoolId"));
        Assert.Equal(["line 5, soLow", "line 6, schoolId"], Assert.Throws<InvalidRequestException>(errors.ThrowIfAny).Errors.Keys);
    }

    [Fact]
    public async Task A_column_may_be_given_by_its_alternative_but_not_both()
    {
        var format = ReferralHistory with { Alternatives = new Dictionary<string, string> { ["brin"] = "schoolId" } };
        var errors = new CsvImportErrors();

        var lines = await CsvImportReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes("brin,sbo,soLow,soMedium,soHigh\n00AA,1,2,3,4\n")), format, errors, CancellationToken.None);

        Assert.False(errors.Any);
        Assert.Equal(("00AA", false), (lines[0].Text("brin"), lines[0].Has("schoolId")));
        var both = Assert.Throws<InvalidRequestException>(() => CsvImportReader.ReadAsync(
            new MemoryStream(Encoding.UTF8.GetBytes("schoolId,brin,sbo,soLow,soMedium,soHigh\n")), format, new CsvImportErrors(), CancellationToken.None).GetAwaiter().GetResult());
        Assert.Equal(["line 1, column 2"], both.Errors.Keys);
    }

    [Fact]
    public async Task A_cell_that_is_not_a_whole_number_is_an_error_at_its_line_and_column()
    {
        var errors = new CsvImportErrors();
        var lines = await ReadAsync($"schoolId,sbo,soLow,soMedium,soHigh\n{School},1.5,x,3,4\nschool,1,2,3\n", errors);

        Assert.Null(lines[0].Integer("sbo"));
        Assert.Null(lines[0].Integer("soLow"));
        Assert.Equal(3, lines[0].Integer("soMedium"));
        var problems = Assert.Throws<InvalidRequestException>(errors.ThrowIfAny).Errors;
        Assert.Equal(["line 2, sbo", "line 2, soLow", "line 3"], problems.Keys);
    }

    [Fact]
    public void A_commands_field_paths_land_at_the_line_its_item_came_from()
    {
        var errors = new CsvImportErrors();
        var invalid = new InvalidRequestException(new Dictionary<string, string[]>
        {
            ["rows[1].counts.soHigh"] = ["'rows[1].counts.soHigh' is too high."],
            ["rows[0].schoolIds[2]"] = ["Unknown school."],
        });

        errors.Add(invalid, index => index == 0 ? 2 : 7);

        var problems = errors.ToException().Errors;
        Assert.Equal(["line 2, schoolIds", "line 7, soHigh"], problems.Keys);
        Assert.Equal(["'line 7, soHigh' is too high."], problems["line 7, soHigh"]);
    }

    [Fact]
    public async Task More_lines_than_the_format_takes_are_refused_at_the_first_line_too_many()
    {
        var text = "schoolId,sbo,soLow,soMedium,soHigh\n" + string.Concat(Enumerable.Repeat($"{School},1,1,1,1\n", 4));

        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() => ReadAsync(text, new CsvImportErrors()));

        Assert.Equal(["line 5"], refused.Errors.Keys);
    }

    private static Task<IReadOnlyList<CsvImportLine>> ReadAsync(string text, CsvImportErrors errors) =>
        CsvImportReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), ReferralHistory, errors, CancellationToken.None);
}
