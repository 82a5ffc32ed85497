using System.ComponentModel;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;
using GeenKindDeBuurtUit.Platform.Auditing;
using GeenKindDeBuurtUit.Platform.CsvImport;
using GeenKindDeBuurtUit.SupportCases.Application.History;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GeenKindDeBuurtUit.SupportCases.Infrastructure.Api;

/// <summary>
/// The years before the platform: the SWV imports its referral and thuiszitter counts of a school
/// year that has ended, so the first year's targets and baselines have a year before them (docs/adr/0049).
/// </summary>
internal static class HistoryEndpoints
{
    private const string Refusals =
        "400 with `errors` keyed `rows[3].soLow` (JSON) or `line 4, soLow` (a file), nothing stored; 409 `year-has-recorded-referrals` naming the schools (`schoolIds`) "
        + "whose year holds referrals recorded through the platform; 422 `school-year-not-ended`, `school-year-closed` (the year, or the next whose baseline it is, "
        + "is closed in the budget of a school's area or in the monitoring figures). `dryRun=true` checks everything and stores and publishes nothing. "
        + "A file names its source in the query parameter `source`; a JSON body in the body.";

    public static void Map(IEndpointRouteBuilder api)
    {
        var history = api.MapGroup("").WithTags("History").RequireAuthorization(p => p.RequireRole(Roles.Swv, Roles.Admin));

        history.MapPut("/referral-history/{schoolYear}", (string schoolYear, [Description(SourceText)] string? source, bool? dryRun, HttpRequest request, HttpResponse response, ISender sender, CancellationToken ct) =>
                HistoryImportEndpoint.ImportAsync<ReferralHistoryRequest, ReferralHistoryLine, ReferralHistoryImportDto>(
                    request, response, source, dryRun, sender, HistoryFiles.ReadReferralsAsync, l => l.Line,
                    (body, dry) => body.ToCommand(schoolYear, request.IfMatch(), dry),
                    (text, lines, dry) => new ImportReferralHistory(schoolYear, request.IfMatch(), text, lines, dry),
                    HistoryAuditDetail.Of,
                    ct))
            .AcceptsCsvOrJson<ReferralHistoryRequest>(HistoryFiles.Referrals)
            .Audited("referral-history").WithName("ImportReferralHistory")
            .WithSummary("Replaces a school year's referral history (counts per school and kind, from before the platform); JSON or a CSV file; takes If-Match.")
            .WithDescription(Refusals + " Publishes one `ReferralHistoryImported` event per school, and one with `removed` true for each school of the replaced import that is left out.")
            .Produces<ReferralHistoryImportDto>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        history.MapGet("/referral-history/{schoolYear}", async (string schoolYear, ISender sender, HttpResponse response, CancellationToken ct) =>
                Respond(response, await sender.Send(new GetReferralHistory(schoolYear), ct)))
            .WithName("GetReferralHistory").WithSummary("A school year's imported referral history; the ETag is its version, the If-Match of the next import.")
            .Produces<ReferralHistoryDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        history.MapPut("/thuiszitter-history/{schoolYear}", (string schoolYear, [Description(SourceText)] string? source, bool? dryRun, HttpRequest request, HttpResponse response, ISender sender, CancellationToken ct) =>
                HistoryImportEndpoint.ImportAsync<ThuiszitterHistoryRequest, ThuiszitterHistoryLine, ThuiszitterHistoryImportDto>(
                    request, response, source, dryRun, sender, HistoryFiles.ReadThuiszittersAsync, l => l.Line,
                    (body, dry) => body.ToCommand(schoolYear, request.IfMatch(), dry),
                    (text, lines, dry) => new ImportThuiszitterHistory(schoolYear, request.IfMatch(), text, lines, dry),
                    HistoryAuditDetail.Of,
                    ct))
            .AcceptsCsvOrJson<ThuiszitterHistoryRequest>(HistoryFiles.Thuiszitters)
            .Audited("thuiszitter-history").WithName("ImportThuiszitterHistory")
            .WithSummary("Replaces a school year's thuiszitter history (counts per area, from before the platform); JSON or a CSV file; takes If-Match.")
            .WithDescription("400 keyed as for referral history; 422 `school-year-not-ended`, `school-year-closed`. `dryRun=true` stores and publishes nothing. "
                + "Publishes one `ThuiszitterHistoryImported` event per area, and one with `removed` true for each area of the replaced import that is left out.")
            .Produces<ThuiszitterHistoryImportDto>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        history.MapGet("/thuiszitter-history/{schoolYear}", async (string schoolYear, ISender sender, HttpResponse response, CancellationToken ct) =>
                Respond(response, await sender.Send(new GetThuiszitterHistory(schoolYear), ct)))
            .WithName("GetThuiszitterHistory").WithSummary("A school year's imported thuiszitter history; the ETag is its version, the If-Match of the next import.")
            .Produces<ThuiszitterHistoryDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private const string SourceText = "A file's source: where its counts come from, in the SWV's words (required with a file; a JSON body holds its own).";

    private static IResult Respond<T>(HttpResponse response, BuildingBlocks.Application.Persistence.Versioned<T> read)
    {
        response.SetETag(read.Version);
        return TypedResults.Ok(read.Value);
    }
}
