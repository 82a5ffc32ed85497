using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.Platform.CsvImport;
using GeenKindDeBuurtUit.SupportCases.Application.History;

namespace GeenKindDeBuurtUit.SupportCases.Infrastructure.Api;

/// <summary>
/// The history files: one school (or area) a line, the columns named as the JSON rows name their
/// members. A school may be named by its BRIN instead of its id, as the SWV's own records do.
/// </summary>
internal static class HistoryFiles
{
    private const string SchoolId = "schoolId";
    private const string Brin = "brin";
    private const string AreaId = "areaId";
    private const string Count = "count";

    // A year of a samenwerkingsverband is tens of schools; the platform's body limit holds a thousand lines easily.
    private const int MaxBytes = 256 * 1024;

    public static readonly CsvImportFormat Referrals = new(
        [SchoolId, "sbo", "soLow", "soMedium", "soHigh"],
        HistoryValidation.MaxRows,
        MaxBytes,
        Example: $"""
            # The figures of this example are invented.
            {SchoolId},sbo,soLow,soMedium,soHigh
            {PilotExamples.School},2,1,0,1

            """.ReplaceLineEndings("\r\n"),
        Alternatives: new Dictionary<string, string> { [Brin] = SchoolId });

    public static readonly CsvImportFormat Thuiszitters = new(
        [AreaId, Count],
        HistoryValidation.MaxRows,
        MaxBytes,
        Example: $"""
            # The figures of this example are invented.
            {AreaId},{Count}
            {PilotExamples.Area},3

            """.ReplaceLineEndings("\r\n"));

    /// <summary>The file's rows; a cell that cannot be read is added to <paramref name="errors"/> and its line left out.</summary>
    public static async Task<IReadOnlyList<ReferralHistoryLine>> ReadReferralsAsync(Stream body, CsvImportErrors errors, CancellationToken cancellationToken)
    {
        var rows = new List<ReferralHistoryLine>();
        foreach (var line in await CsvImportReader.ReadAsync(body, Referrals, errors, cancellationToken))
        {
            var schoolId = line.Has(SchoolId) ? line.Id(SchoolId) : null;
            var brin = line.Has(Brin) ? line.Text(Brin) : null;
            var counts = new[] { line.Integer("sbo"), line.Integer("soLow"), line.Integer("soMedium"), line.Integer("soHigh") };
            if ((schoolId is not null || brin is not null) && counts.All(c => c is not null))
            {
                rows.Add(new ReferralHistoryLine(line.Number, schoolId, brin, counts[0]!.Value, counts[1]!.Value, counts[2]!.Value, counts[3]!.Value));
            }
        }

        return rows;
    }

    public static async Task<IReadOnlyList<ThuiszitterHistoryLine>> ReadThuiszittersAsync(Stream body, CsvImportErrors errors, CancellationToken cancellationToken)
    {
        var rows = new List<ThuiszitterHistoryLine>();
        foreach (var line in await CsvImportReader.ReadAsync(body, Thuiszitters, errors, cancellationToken))
        {
            var (areaId, count) = (line.Id(AreaId), line.Integer(Count));
            if (areaId is not null && count is not null)
            {
                rows.Add(new ThuiszitterHistoryLine(line.Number, areaId.Value, count.Value));
            }
        }

        return rows;
    }
}
