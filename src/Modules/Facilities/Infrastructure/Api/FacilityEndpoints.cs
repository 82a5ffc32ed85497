using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;
using GeenKindDeBuurtUit.Facilities.Application.Facilities;
using GeenKindDeBuurtUit.Facilities.Application.History;
using GeenKindDeBuurtUit.Facilities.Application.Reports;
using GeenKindDeBuurtUit.Facilities.Domain.Facilities;
using GeenKindDeBuurtUit.Facilities.Domain.Rules;
using GeenKindDeBuurtUit.Platform.Auditing;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GeenKindDeBuurtUit.Facilities.Infrastructure.Api;

/// <summary>The BEN map's facilities (docs/adr/0059). Never deleted: a facility is withdrawn and keeps its history.</summary>
internal static class FacilityEndpoints
{
    private const string Base = "/api/v1/facilities";

    // Reads of the public map stay out of the audit trail; every change is in it.
    private const string FacilityObject = "facility";
    private const string IdRoute = "facilityId";

    /// <summary>Needs, comma separated or the parameter repeated: any of them.</summary>
    private const string OffersPattern = "^(language|tos|behaviour|learning|early-childhood|newcomer|other)(,(language|tos|behaviour|learning|early-childhood|newcomer|other))*$";

    private static readonly string[] Managers = [Roles.Admin, Roles.Swv, Roles.Coordinator];

    public static void Map(IEndpointRouteBuilder api)
    {
        var facilities = api.MapGroup("/facilities").WithTags("Facilities").RequireAuthorization(p => p.RequireRole(Roles.All));

        facilities.MapPost("", async (FacilityRequest body, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                var created = await sender.Send(body.ToCommand(), ct);
                response.SetETag(created.Version);
                return TypedResults.Created($"{Base}/{created.Id}", created);
            })
            .RequireAuthorization(p => p.RequireRole(Managers))
            .Audited(FacilityObject).WithName("CreateFacility").WithSummary("Puts a facility on the map and names its steward (the partner account's sub).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        facilities.MapGet("", async Task<IResult> (
                Guid? areaId,
                [WireValues(typeof(FacilityKind))] string? kind,
                [RegularExpression(OffersPattern), MaxLength(200), Description("Needs offered, any of them: comma separated or the parameter repeated.")] string? offers,
                [Description("A school's id: nearest first from its point, with distanceM on each.")] Guid? near,
                [Range(1, ListFacilitiesValidator.MaxRadiusM), Description("Only within this many metres of the school named by near.")] int? radiusM,
                [WireValues(typeof(FacilityStatus)), Description("Left out: active, stale and disputed. hidden and withdrawn list the caller's own as steward, every one for admin.")] string? status,
                [Range(0, AgeRangeRule.MaxAge), Description("Only facilities for a child of this age.")] int? age,
                int? page,
                int? pageSize,
                HttpRequest request,
                ISender sender,
                CancellationToken ct) =>
            {
                var list = await sender.Send(
                    new ListFacilities(areaId, Wire<FacilityKind>(kind), Needs(offers), near, radiusM, Wire<FacilityStatus>(status), age, page, pageSize), ct);
                return WantsGeoJson(request)
                    ? TypedResults.Json(FacilityFeatureCollection.Of(list), contentType: FacilityFeatureCollection.MediaType)
                    : TypedResults.Ok(list);
            })
            .WithName("ListFacilities")
            .WithSummary("The map's facilities by area, kind, needs, status and age; near a school nearest first with distanceM (400 near unknown, 422 school-not-located). With Accept: application/geo+json a GeoJSON FeatureCollection of the same page.")
            .Produces<PagedList<FacilityDto>>(StatusCodes.Status200OK, "application/json", FacilityFeatureCollection.MediaType)
            .WithMetadata(new AnswerMediaType(FacilityFeatureCollection.MediaType, typeof(FacilityFeatureCollection), "A GeoJSON FeatureCollection (RFC 7946) of the same page."))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        facilities.MapGet("/{facilityId:guid}", async (Guid facilityId, ISender sender, HttpResponse response, CancellationToken ct) =>
                Respond(response, await sender.Send(new GetFacility(facilityId), ct)))
            .WithName("GetFacility").WithSummary("One facility; the ETag is its version. Hidden and withdrawn ones only for their steward and admins.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        facilities.MapPut("/{facilityId:guid}", async (Guid facilityId, FacilityRequest body, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
                Respond(response, await sender.Send(body.ToCommand(facilityId, request.IfMatch()), ct)))
            .RequireAuthorization(p => p.RequireRole([.. Managers, Roles.Partner]))
            .Audited(FacilityObject, IdRoute).WithName("UpdateFacility")
            .WithSummary("Sets the facility's details in full: its steward, or an admin, swv or coordinator (422 facility-withdrawn, age-range).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        facilities.MapPost("/{facilityId:guid}/confirmation",
                async (Guid facilityId, ConfirmationRequest? body, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
                    Respond(response, await sender.Send(new ConfirmFacility(facilityId, request.IfMatch()), ct)))
            .RequireAuthorization(p => p.RequireRole(Roles.Partner, Roles.Admin))
            .Accepts<ConfirmationRequest>(isOptional: true, "application/json")
            .Audited(FacilityObject, IdRoute).WithName("ConfirmFacility")
            .WithSummary("The steward (or an admin) says \"still right\": active again, disputed no more, its open reports settled (422 facility-withdrawn).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        facilities.MapPost("/{facilityId:guid}/reports", async (Guid facilityId, ReportRequest body, ISender sender, HttpRequest request, CancellationToken ct) =>
                TypedResults.Created($"{Base}/{facilityId}", await sender.Send(body.ToCommand(facilityId, request.IfMatch()), ct)))
            .Audited(FacilityObject, IdRoute).WithName("ReportFacility")
            .WithSummary("Anyone signed in reports a problem; open reports of closed from three schools dispute the facility (422 facility-withdrawn, report-already-open).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        facilities.MapPost("/{facilityId:guid}/withdrawal",
                async (Guid facilityId, WithdrawalRequest body, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
                    Respond(response, await sender.Send(body.ToCommand(facilityId, request.IfMatch()), ct)))
            .RequireAuthorization(p => p.RequireRole([.. Managers, Roles.Partner]))
            .Audited(FacilityObject, IdRoute).WithName("WithdrawFacility")
            .WithSummary("Takes the facility off the map from a date, with a reason; it is never deleted (422 facility-withdrawn, withdrawal-before-creation).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        facilities.MapGet("/{facilityId:guid}/history", async (Guid facilityId, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListFacilityHistory(facilityId, page, pageSize), ct)))
            .RequireAuthorization(p => p.RequireRole([.. Managers, Roles.Partner]))
            .WithName("ListFacilityHistory").WithSummary("Every change of the facility, oldest first: who, when, which fields (free text by name only).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static bool WantsGeoJson(HttpRequest request) =>
        request.Headers.Accept.Any(a => a is not null && a.Contains(FacilityFeatureCollection.MediaType, StringComparison.OrdinalIgnoreCase));

    // The query string was checked against the document's values before the endpoint ran.
    private static TEnum? Wire<TEnum>(string? value) where TEnum : struct, Enum => value is null ? null : WireName.Parse<TEnum>(value);

    private static List<Need>? Needs(string? offers) =>
        offers is null ? null : [.. offers.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(WireName.Parse<Need>).Distinct()];

    private static Ok<FacilityDto> Respond(HttpResponse response, FacilityDto facility)
    {
        response.SetETag(facility.Version);
        return TypedResults.Ok(facility);
    }
}
