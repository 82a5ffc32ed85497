using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.ExpertisePool.Application.Professionals;
using GeenKindDeBuurtUit.Platform.CsvImport;
using Mediator;
using Microsoft.AspNetCore.Http;

namespace GeenKindDeBuurtUit.ExpertisePool.Infrastructure.Api;

/// <summary>
/// A coordinator starting the pool sends its professionals as one file (docs/adr/0048). 201 when
/// stored, 200 for a dry run; one wrong line refuses the file with every problem of every line.
/// </summary>
internal static class ProfessionalImportEndpoint
{
    public static async Task<IResult> ImportAsync(HttpRequest request, bool? dryRun, ISender sender, CancellationToken ct)
    {
        if (!CsvImportEndpoint.IsCsv(request))
        {
            return CsvImportEndpoint.UnsupportedMediaType(request);
        }

        var errors = new CsvImportErrors();
        var professionals = await ProfessionalImportFile.ReadAsync(request.Body, errors, ct);
        ProfessionalImport? imported = null;
        try
        {
            // With lines that could not be read, the readable ones are still checked (as a dry run), so one answer names every problem.
            imported = await sender.Send(new ImportProfessionals(professionals, dryRun == true || errors.Any), ct);
        }
        catch (InvalidRequestException invalid)
        {
            ProfessionalImportFile.AddTo(errors, invalid, professionals);
        }

        errors.ThrowIfAny();
        var answer = ProfessionalImportDto.Of(imported!, professionals);
        return answer.DryRun ? TypedResults.Ok(answer) : TypedResults.Json(answer, statusCode: StatusCodes.Status201Created);
    }
}

[Description("What an import did, or would do in a dry run, by line of the file.")]
internal sealed record ProfessionalImportDto(
    bool DryRun,
    [property: Description("The lines registered as new professionals (in a dry run: that would be).")] IReadOnlyList<ImportedLineDto> Created,
    [property: Description("The lines whose professional was already in the pool (same name and organisation), left as it was.")] IReadOnlyList<ImportedLineDto> Existing)
{
    public static ProfessionalImportDto Of(ProfessionalImport import, IReadOnlyList<ProfessionalToImport> professionals) =>
        new(import.DryRun, Lines(import.Created, professionals), Lines(import.Existing, professionals));

    private static List<ImportedLineDto> Lines(IReadOnlyList<ImportedProfessional> imported, IReadOnlyList<ProfessionalToImport> professionals) =>
        imported.Select(p => new ImportedLineDto(professionals[p.Index].Line, p.Id)).ToList();
}

internal sealed record ImportedLineDto(
    [property: Range(2, int.MaxValue), Description("The line of the file, as a text editor counts it (the header is line 1).")] int Line,
    [property: Description("The professional's id; null only for a line a dry run would create.")] Guid? Id);
