using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;
using GeenKindDeBuurtUit.Platform.Auditing;
using GeenKindDeBuurtUit.Platform.CsvImport;
using GeenKindDeBuurtUit.SupportCases.Application.History;
using Mediator;
using Microsoft.AspNetCore.Http;

namespace GeenKindDeBuurtUit.SupportCases.Infrastructure.Api;

/// <summary>
/// Reads an import as JSON or as a file and sends its command (docs/adr/0049). A file's lines that
/// cannot be read are left out and the others still go through the command as a dry run, so one
/// 400 names every problem, keyed <c>line N, column</c>; a JSON body's are keyed <c>rows[3].soLow</c>.
/// An import that went through hands its source and counts to the audit trail's record of the request.
/// </summary>
internal static class HistoryImportEndpoint
{
    private const string SourceParameter = "source";

    public static async Task<IResult> ImportAsync<TBody, TLine, TAnswer>(
        HttpRequest request,
        HttpResponse response,
        string? source,
        bool? dryRun,
        ISender sender,
        Func<Stream, CsvImportErrors, CancellationToken, Task<IReadOnlyList<TLine>>> readFile,
        Func<TLine, int?> lineOf,
        Func<TBody, bool, ICommand<HistoryImportResult<TAnswer>>> fromJson,
        Func<string, IReadOnlyList<TLine>, bool, ICommand<HistoryImportResult<TAnswer>>> fromFile,
        Func<TAnswer, int?, string> auditDetail,
        CancellationToken ct)
    {
        HistoryImportResult<TAnswer> result;
        if (CsvImportEndpoint.IsCsv(request))
        {
            var errors = new CsvImportErrors();
            if (string.IsNullOrWhiteSpace(source))
            {
                // A file has no place for it: the SWV names where its figures come from beside the file.
                errors.Add(InvalidRequestException.For(SourceParameter, "A file's source is the query parameter `source`: where the counts come from, in the SWV's words."), _ => 0);
            }

            var lines = await readFile(request.Body, errors, ct);
            try
            {
                result = await sender.Send(fromFile(source ?? string.Empty, lines, dryRun == true || errors.Any), ct);
            }
            catch (InvalidRequestException invalid)
            {
                errors.Add(invalid, index => lineOf(lines[index]) ?? 0);
                throw errors.ToException();
            }
            catch (Exception refused) when (errors.Any && refused is BusinessRuleViolationException or ConflictException)
            {
                // The file's own problems come first: a year refused as a whole is told once the file can be read.
                throw errors.ToException();
            }

            errors.ThrowIfAny();
        }
        else if (CsvImportEndpoint.IsJson(request))
        {
            if (source is not null)
            {
                throw InvalidRequestException.For(SourceParameter, "A JSON body names its source in the body; the query parameter `source` is for a file.");
            }

            // The body passed the document's check (docs/adr/0027): its members are there and in bounds.
            var body = await request.ReadFromJsonAsync<TBody>(ct) ?? throw InvalidRequestException.For("body", "A JSON object is required.");
            result = await sender.Send(fromJson(body, dryRun == true), ct);
        }
        else
        {
            return CsvImportEndpoint.UnsupportedMediaType(request, orJson: true);
        }

        if (result.Version is { } version)
        {
            response.SetETag(version);
        }

        // Dry runs too: their record would otherwise look like an import that stored something.
        AuditDetail.Set(request.HttpContext, auditDetail(result.Value, result.Revision));

        return TypedResults.Ok(result.Value);
    }
}
