using GeenKindDeBuurtUit.Platform.Auditing;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Reconciliation;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Persistence;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.SchoolMap;
using GeenKindDeBuurtUit.Platform.Spreadsheets;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Api;

internal static class BudgetEndpoints
{
    private const string Base = "/api/v1/budgets";

    // Every write to a budget is audited under its area: who moved the money, and how it was answered.
    private const string BudgetObject = "budget";
    private const string AreaRouteValue = "areaId";

    public static void Map(IEndpointRouteBuilder api)
    {
        // Route ids are bound as GUIDs, not constrained: a malformed id is a 400 naming the field, not a 404.
        var budgets = api.MapGroup("/budgets").WithTags("Collective budget")
            .RequireAuthorization(p => p.RequireRole(Roles.Treasurer, Roles.Swv, Roles.Admin));
        var area = budgets.MapGroup("/{schoolYear}/areas/{areaId}");

        // Every change to an area's budget accepts If-Match with the budget's version (the ETag of the summary and the agreement).
        area.MapPut("/agreement", async (string schoolYear, Guid areaId, AgreementRequest body, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
                Respond(response, await sender.Send(body.ToCommand(schoolYear, areaId, request.IfMatch()), ct)))
            .RequireAuthorization(p => p.RequireRole(Roles.Swv, Roles.Admin))
            .Audited(BudgetObject, AreaRouteValue).WithName("SetBudgetAgreement").WithSummary("Sets the agreement of an area for a school year: pool share, rates, baseline, hourly rate (SWV).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        area.MapGet("/agreement", async (string schoolYear, Guid areaId, ISender sender, HttpResponse response, CancellationToken ct) =>
                Respond(response, await sender.Send(new GetAgreement(schoolYear, areaId), ct)))
            .WithName("GetBudgetAgreement").WithSummary("The agreement of an area for a school year.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        // The history only grows: its ETag is a hash of its content.
        area.MapGet("/agreement/history", async (string schoolYear, Guid areaId, ISender sender, HttpResponse response, CancellationToken ct) =>
                TypedResults.Ok(response.WithContentETag(await sender.Send(new GetAgreementHistory(schoolYear, areaId), ct))))
            .WithName("GetBudgetAgreementHistory").WithSummary("Every change of the area's agreement for the school year, oldest first: who, when, the terms before and after.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        area.MapPost("/contributions", async Task<Results<Created<LedgerEntryDto>, Ok<LedgerEntryDto>>> (
                string schoolYear, Guid areaId, ContributionRequest body, ISender sender, HttpRequest request, CancellationToken ct) =>
            {
                var outcome = await sender.Send(body.ToCommand(schoolYear, areaId, request.IfMatch()), ct);
                return outcome.Created ? TypedResults.Created(EntryLocation(outcome.Entry), outcome.Entry) : TypedResults.Ok(outcome.Entry);
            })
            .Audited(BudgetObject, AreaRouteValue).WithName("BookContribution").WithSummary("Books a board's contribution; the same externalRef with the same content again answers 200 with the booked entry.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        area.MapPost("/allocations", async (string schoolYear, Guid areaId, AllocationRequest body, ISender sender, HttpRequest request, CancellationToken ct) =>
            {
                var entry = await sender.Send(body.ToCommand(schoolYear, areaId, request.IfMatch()), ct);
                return TypedResults.Created(EntryLocation(entry), entry);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Swv, Roles.Admin))
            .Audited(BudgetObject, AreaRouteValue).WithName("AllocateFunds").WithSummary("Allocates pooled money to a collective approach of the area, a cluster or a school (422 insufficient-funds when more than remains).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        area.MapGet("", async (string schoolYear, Guid areaId, ISender sender, HttpResponse response, CancellationToken ct) =>
                Respond(response, await sender.Send(new GetBudgetSummary(schoolYear, areaId), ct)))
            .WithName("GetBudgetSummary").WithSummary("The area's budget for the school year: contributions, freed funds, pooled, allocated, spent, available, remaining, referrals.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        area.MapGet("/ledger", async Task<IResult> (
                string schoolYear, Guid areaId, int? page, int? pageSize, HttpRequest request, ISender sender, CollectiveBudgetDbContext db, BudgetWorkbook workbook, CancellationToken ct) =>
            {
                switch (Negotiate(request))
                {
                    case Answer.Xlsx:
                        var sheets = await workbook.SheetsAsync(schoolYear, areaId, null, LanguageOf(request), ct);
                        return await XlsxAsync(sheets, $"budget-{schoolYear}-{areaId}.xlsx", ct);
                    case Answer.Csv:
                        var entries = await sender.Send(new ExportLedger(schoolYear, areaId), ct);
                        var names = await db.NamesOfAsync(LedgerCsv.Ids(entries), ct);
                        return TypedResults.File(LedgerCsv.Write(entries, names), CsvExport.ContentType, $"ledger-{schoolYear}-{areaId}.csv");
                    default:
                        return TypedResults.Ok(await sender.Send(new ListLedger(schoolYear, areaId, page, pageSize), ct));
                }
            })
            .WithName("ListLedger").WithSummary("The area's ledger in booking order; with Accept: text/csv the whole ledger as a CSV file; with the XLSX media type the area's budget workbook (summary, ledger, reconciliation).")
            .Produces<PagedList<LedgerEntryDto>>(StatusCodes.Status200OK, "application/json", "text/csv", XlsxWorkbook.MediaType)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        // An entry never changes (a correction is a new entry): its ETag is a hash of its content.
        area.MapGet("/ledger/{entryId}", async (string schoolYear, Guid areaId, Guid entryId, ISender sender, HttpResponse response, CancellationToken ct) =>
                TypedResults.Ok(response.WithContentETag(await sender.Send(new GetLedgerEntry(schoolYear, areaId, entryId), ct))))
            .WithName("GetLedgerEntry").WithSummary("One ledger entry.").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        area.MapPost("/ledger/{entryId}/correction", async (string schoolYear, Guid areaId, Guid entryId, CorrectionRequest body, ISender sender, HttpRequest request, CancellationToken ct) =>
            {
                var correction = await sender.Send(body.ToCommand(schoolYear, areaId, entryId, request.IfMatch()), ct);
                return TypedResults.Created(EntryLocation(correction), correction);
            })
            .Audited(BudgetObject, AreaRouteValue).WithName("CorrectLedgerEntry").WithSummary("Reverses an entry with a reason; in a closed year the correction goes into the next year.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        area.MapPost("/closure", async (string schoolYear, Guid areaId, ISender sender, HttpRequest request, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new CloseSchoolYear(schoolYear, areaId, request.IfMatch()), ct)))
            .RequireAuthorization(p => p.RequireRole(Roles.Swv, Roles.Admin))
            .Audited(BudgetObject, AreaRouteValue).WithName("CloseBudgetSchoolYear").WithSummary("Closes the area's school year after a last recalculation of freed funds (422 school-year-closed when already closed).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        budgets.MapGet("/{schoolYear}/reconciliation", async Task<IResult> (
                string schoolYear, Guid? boardId, HttpRequest request, ISender sender, CollectiveBudgetDbContext db, BudgetWorkbook workbook, CancellationToken ct) =>
            {
                var answer = Negotiate(request);
                if (answer == Answer.Xlsx)
                {
                    var sheets = await workbook.SheetsAsync(schoolYear, null, boardId, LanguageOf(request), ct);
                    return await XlsxAsync(sheets, $"budget-{schoolYear}.xlsx", ct);
                }

                var reconciliation = await sender.Send(new Reconcile(schoolYear, boardId), ct);
                if (answer == Answer.Json)
                {
                    return TypedResults.Ok(reconciliation);
                }

                var names = await db.NamesOfAsync(ReconciliationCsv.Ids(reconciliation), ct);
                return TypedResults.File(ReconciliationCsv.Write(reconciliation, names), CsvExport.ContentType, $"reconciliation-{reconciliation.SchoolYear}.csv");
            })
            .WithName("ReconcileBudgets").WithSummary("Per board: contributed, allocated to its schools, spent at its schools; per area the totals they add up to. With Accept: text/csv the same figures as a CSV file with names; with the XLSX media type the budget workbook of every area in view (summary, ledger, reconciliation).")
            .Produces<ReconciliationDto>(StatusCodes.Status200OK, "application/json", "text/csv", XlsxWorkbook.MediaType)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static Ok<T> Respond<T>(HttpResponse response, Versioned<T> answer)
    {
        response.SetETag(answer.Version);
        return TypedResults.Ok(answer.Value);
    }

    private static string EntryLocation(LedgerEntryDto entry) => $"{Base}/{entry.SchoolYear}/areas/{entry.AreaId}/ledger/{entry.Id}";

    private enum Answer { Json, Csv, Xlsx }

    // CSV whenever it is listed, as before the workbook existed; the workbook only when it is preferred over CSV.
    private static Answer Negotiate(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        double? QualityOf(string mediaType) => accept.Where(a => a.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase)).Select(a => a.Quality ?? 1.0).Cast<double?>().Max();
        var (xlsx, csv) = (QualityOf(XlsxWorkbook.MediaType), QualityOf(CsvExport.MediaType));
        return xlsx > 0 && (csv is null || xlsx > csv) ? Answer.Xlsx : csv is null ? Answer.Json : Answer.Csv;
    }

    // Dutch sheets and headers when the caller prefers Dutch, as the problem details follow Accept-Language.
    private static WorkbookLanguage LanguageOf(HttpRequest request) =>
        request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1.0).FirstOrDefault() is { } first
        && (first.Value.Equals("nl", StringComparison.OrdinalIgnoreCase) || first.Value.StartsWith("nl-", StringComparison.OrdinalIgnoreCase))
            ? WorkbookLanguage.Dutch
            : WorkbookLanguage.English;

    private static async Task<IResult> XlsxAsync(IReadOnlyList<SheetTable> sheets, string fileName, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await XlsxWorkbook.WriteAsync(sheets, buffer, cancellationToken);
        return TypedResults.File(buffer.ToArray(), XlsxWorkbook.MediaType, fileName);
    }
}
