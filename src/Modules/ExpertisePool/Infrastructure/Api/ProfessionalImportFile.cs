using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.ExpertisePool.Application.Professionals;
using GeenKindDeBuurtUit.Platform.CsvImport;
using ExpertiseArea = GeenKindDeBuurtUit.ExpertisePool.Domain.Professionals.Expertise;

namespace GeenKindDeBuurtUit.ExpertisePool.Infrastructure.Api;

/// <summary>
/// The professionals import file: one professional a line, the columns named as the JSON body of
/// a single registration names its fields, expertise and area ids separated by <c>;</c>.
/// </summary>
internal static class ProfessionalImportFile
{
    private const string Name = "name";
    private const string Organisation = "organisation";
    private const string Expertise = "expertise";
    private const string AreaIds = "areaIds";
    private const string HoursPerWeek = "hoursPerWeek";

    // A pool has tens of professionals; a thousand lines of some hundred bytes fit well within the platform's 256 KiB body limit.
    public static readonly CsvImportFormat Format = new(
        [Name, Organisation, Expertise, AreaIds, HoursPerWeek],
        MaxRows: 1000,
        MaxBytes: 256 * 1024,
        Example: $"""
            {Name},{Organisation},{Expertise},{AreaIds},{HoursPerWeek}
            A. de Vries,SPO West,tos;language,{PilotExamples.Area},16
            "Jansen, P.",OKT,behaviour;learning,{PilotExamples.Area},8.5

            """.ReplaceLineEndings("\r\n"));

    /// <summary>
    /// The file's professionals, each line read as the JSON body of a single registration is; a cell
    /// that cannot be read (an unknown expertise, an id that is no id, hours that are no number) is
    /// added to <paramref name="errors"/> and its line left out.
    /// </summary>
    public static async Task<IReadOnlyList<ProfessionalToImport>> ReadAsync(Stream body, CsvImportErrors errors, CancellationToken cancellationToken)
    {
        var professionals = new List<ProfessionalToImport>();
        foreach (var line in await CsvImportReader.ReadAsync(body, Format, errors, cancellationToken))
        {
            var expertise = line.Values(Expertise, e => WireName.TryParse<ExpertiseArea>(e, out var value) ? value : (ExpertiseArea?)null, WireName.Values<ExpertiseArea>());
            var areaIds = line.Ids(AreaIds);
            var hoursPerWeek = line.Decimal(HoursPerWeek);
            if (expertise is not null && areaIds is not null && hoursPerWeek is { } hours)
            {
                professionals.Add(new ProfessionalToImport(line.Number, new RegisterProfessional(line.Text(Name), line.Text(Organisation), expertise, areaIds, hours)));
            }
        }

        return professionals;
    }

    /// <summary>The command's errors (<c>professionals[3].professional.hoursPerWeek</c>) where a person finds them in the file.</summary>
    public static void AddTo(CsvImportErrors errors, InvalidRequestException invalid, IReadOnlyList<ProfessionalToImport> professionals) =>
        errors.Add(invalid, index => professionals[index].Line);
}
