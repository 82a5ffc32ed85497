using System.ComponentModel.DataAnnotations;
using GeenKindDeBuurtUit.Platform.Auditing;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;
using GeenKindDeBuurtUit.SupportCases.Application.Approaches;
using GeenKindDeBuurtUit.SupportCases.Application.Cases;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GeenKindDeBuurtUit.SupportCases.Infrastructure.Api;

internal static class SupportCaseEndpoints
{
    private const string Base = "/api/v1/support-cases";
    private const string LookUpName = "LookUpSupportCases";

    public static void Map(IEndpointRouteBuilder api)
    {
        var cases = api.MapGroup("/support-cases").WithTags("Support cases")
            .RequireAuthorization(p => p.RequireRole(Roles.School, Roles.Swv, Roles.Admin))
            .Audited("support-case", idRouteValue: "caseId");

        cases.MapPost("", async (OpenSupportCaseRequest body, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                var created = await sender.Send(body.ToCommand(), ct);
                response.SetETag(created.Version);
                return TypedResults.Created($"{Base}/{created.Id}", created);
            })
            .WithName("OpenSupportCase").WithSummary("Opens a support case at level 1-3.")
            .WithDescription("A pupil with an open case at the school already gets 409, whose `existingCaseId` names that case.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapGet("/{caseId:guid}", async (Guid caseId, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                var written = await sender.Send(new GetWrittenSupportCase(caseId), ct);
                response.SetETag(written.Version);
                return new WrittenAnswer<SupportCaseDto>(written);
            })
            .WithName("GetSupportCase").WithSummary("One support case; the ETag is its version.").ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapGet("", async (Guid? schoolId, [WireValues(typeof(CaseStatus))] string? status, [Range(1, 5)] int? level, [WireValues(typeof(Need))] string? need, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                new WrittenAnswer<PagedList<SupportCaseDto>>(await sender.Send(new ListSupportCases(schoolId, Parse<CaseStatus>(status), level, Parse<Need>(need), page, pageSize), ct)))
            .WithName("ListSupportCases").WithSummary("Support cases in the caller's scope, by school, status, level and need.")
            .ProducesValidationProblem();

        // A POST that reads: the pupil reference travels in the body, never in a URL that access logs keep.
        cases.MapPost("/lookup", async (CaseLookupRequest body, int? page, int? pageSize, ISender sender, LookupAuditRecords audit, HttpContext context, CancellationToken ct) =>
            {
                var found = await sender.Send(body.ToQuery(page, pageSize), ct);
                await audit.RecordAsync(context, LookUpName, found.Items, ct);
                return TypedResults.Ok(found);
            })
            .WithName(LookUpName)
            .WithSummary("A pupil's cases at one school, found by its pupil reference (in the body, never in the URL): open first, then newest opened first.")
            .ProducesValidationProblem();

        cases.MapGet("/escalated", async (Guid? areaId, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListEscalatedSupportCases(areaId, page, pageSize), ct)))
            .RequireAuthorization(p => p.RequireRole(Roles.Swv, Roles.Admin))
            .WithName("ListEscalatedSupportCases").WithSummary("Cases escalated to the neighbourhood team for inclusion, per area (SWV).")
            .ProducesValidationProblem();

        MapChange<InvolvementRequest>(cases, "/involvements", "RecordInvolvement", "Records that the parents or the child were involved.",
            (id, ifMatch, b) => b.ToCommand(id, ifMatch));
        MapChange<OppRequest>(cases, "/opp", "EstablishOpp", "Records the date the development perspective plan (OPP) was established.",
            (id, ifMatch, b) => b.ToCommand(id, ifMatch));
        MapChange<LevelRequest>(cases, "/level", "ChangeSupportLevel", "Moves the case to another support level, dated on or after its last change and OT meeting (422 opp-required, parents-involved, level-change-out-of-order).",
            (id, ifMatch, b) => b.ToCommand(id, ifMatch));
        // A withdrawal changes the programme's key figure, as a referral does: the SWV decides both (docs/adr/0031).
        MapChange<DatedReasonRequest>(cases, "/referral/withdrawal", "WithdrawReferral",
                "Withdraws the referral; swv or admin only (422 no-referral, withdrawal-before-decision, school-year-closed).",
                (id, ifMatch, b) => b.ToWithdrawReferral(id, ifMatch))
            .RequireAuthorization(p => p.RequireRole(Roles.Swv, Roles.Admin));
        MapChange<DatedReasonRequest>(cases, "/closure", "CloseSupportCase", "Closes the case; it cannot change any more.",
            (id, ifMatch, b) => b.ToCloseSupportCase(id, ifMatch));
        MapChange<ThuiszitterRequest>(cases, "/thuiszitter-periods", "StartThuiszitterPeriod", "Records that the child is at home without education since a date.",
            (id, ifMatch, b) => b.ToCommand(id, ifMatch));
        MapChange<EndThuiszitterRequest>(cases, "/thuiszitter-periods/end", "EndThuiszitterPeriod", "Records that the child is back in education.",
            (id, ifMatch, b) => b.ToCommand(id, ifMatch));
        MapChange<EscalationRequest>(cases, "/escalations", "EscalateSupportCase", "Escalates the case to the OKT, the buurtteam or the SWV.",
            (id, ifMatch, b) => b.ToCommand(id, ifMatch));
        MapChange<LinkApproachRequest>(cases, "/collective-approach", "LinkCollectiveApproach", "Links the case to a collective approach of its school.",
            (id, ifMatch, b) => b.ToCommand(id, ifMatch));

        cases.MapPost("/{caseId:guid}/ot-meetings", async (Guid caseId, OtMeetingRequest body, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            {
                var outcome = await sender.Send(body.ToCommand(caseId, request.IfMatch()), ct);
                response.SetETag(outcome.SupportCase.Version);
                return TypedResults.Created($"{Base}/{caseId}/ot-meetings/{outcome.Meeting.Id}", outcome);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Swv, Roles.Admin))
            .WithName("HoldOtMeeting").WithSummary("Records an OT meeting held at level 5 with the SWV; swv or admin only. A refer decision sets the case's referral.")
            .WithDescription("422 `ot-requires-level-5` (judged on `heldOn`, from the case's level history), `ot-requires-swv`, `already-referred`, `school-year-closed`.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        // A meeting belongs to its case: its ETag is the case's version, the one the next change to the case sends as If-Match.
        cases.MapGet("/{caseId:guid}/ot-meetings/{meetingId:guid}", async (Guid caseId, Guid meetingId, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                var supportCase = await sender.Send(new GetSupportCase(caseId), ct);
                if (supportCase.OtMeetings.SingleOrDefault(m => m.Id == meetingId) is not { } meeting)
                {
                    return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.",
                        detail: $"There is no OT meeting '{meetingId}' of support case '{caseId}' in your scope.");
                }

                response.SetETag(supportCase.Version);
                return Results.Ok(meeting);
            })
            .WithName("GetOtMeeting").WithSummary("One OT meeting of a case.").Produces<OtMeetingDto>().ProducesProblem(StatusCodes.Status404NotFound);

        ApproachEndpoints.Map(api);
    }

    private static RouteHandlerBuilder MapChange<TBody>(RouteGroupBuilder cases, string path, string name, string summary, Func<Guid, string?, TBody, Mediator.ICommand<SupportCaseDto>> command) =>
        cases.MapPost("/{caseId:guid}" + path, async (Guid caseId, TBody body, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
                Respond(response, await sender.Send(command(caseId, request.IfMatch(), body), ct)))
            .WithName(name).WithSummary(summary)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    // A query value that passed the document's check is one of the enumeration's wire names, or absent.
    private static TEnum? Parse<TEnum>(string? wire)
        where TEnum : struct, Enum => wire is null ? null : WireName.Parse<TEnum>(wire);

    private static Ok<SupportCaseDto> Respond(HttpResponse response, SupportCaseDto supportCase)
    {
        response.SetETag(supportCase.Version);
        return TypedResults.Ok(supportCase);
    }
}
