using GeenKindDeBuurtUit.Platform.Auditing;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;
using GeenKindDeBuurtUit.ExpertisePool.Application.Requests;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Requests;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ExpertiseArea = GeenKindDeBuurtUit.ExpertisePool.Domain.Professionals.Expertise;

namespace GeenKindDeBuurtUit.ExpertisePool.Infrastructure.Api;

internal static class ExpertiseRequestEndpoints
{
    private const string Base = "/api/v1/expertise-requests";
    private static readonly string[] Manage = [Roles.Coordinator, Roles.Admin];

    public static void Map(IEndpointRouteBuilder api)
    {
        var requests = api.MapGroup("/expertise-requests").WithTags("Expertise pool")
            .RequireAuthorization(p => p.RequireRole(Roles.School, Roles.Swv, Roles.Coordinator, Roles.Admin))
            .Audited("expertise-request", idRouteValue: "requestId");

        requests.MapPost("", async (MakeExpertiseRequestBody body, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                var created = await sender.Send(body.ToCommand(), ct);
                response.SetETag(created.Version);
                return TypedResults.Created($"{Base}/{created.Id}", created);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.School, Roles.Coordinator, Roles.Admin))
            .WithName("MakeExpertiseRequest").WithSummary("A school, or a cluster on behalf of its schools, asks for expertise.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);

        requests.MapGet("", async ([WireValues(typeof(RequestStatus))] string? status, Guid? areaId, [WireValues(typeof(ExpertiseArea))] string? expertise, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListExpertiseRequests(Wire<RequestStatus>(status), areaId, Wire<ExpertiseArea>(expertise), page, pageSize), ct)))
            .WithName("ListExpertiseRequests").WithSummary("Requests in the caller's scope by status, area and expertise, oldest first.")
            .ProducesValidationProblem();

        requests.MapGet("/waiting", async (Guid? areaId, [WireValues(typeof(ExpertiseArea))] string? expertise, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListWaitingExpertiseRequests(areaId, Wire<ExpertiseArea>(expertise), page, pageSize), ct)))
            .RequireAuthorization(p => p.RequireRole(Roles.Coordinator, Roles.Admin, Roles.Swv))
            .WithName("ListWaitingExpertiseRequests").WithSummary("Requests still without a professional: urgent first, then oldest first.")
            .ProducesValidationProblem();

        requests.MapGet("/{requestId:guid}", async (Guid requestId, ISender sender, HttpResponse response, CancellationToken ct) =>
                Respond(response, await sender.Send(new GetExpertiseRequest(requestId), ct)))
            .WithName("GetExpertiseRequest").WithSummary("One request; the ETag is its version.").ProducesProblem(StatusCodes.Status404NotFound);

        // Without a body, or without professionalId, the best match is assigned.
        requests.MapPost("/{requestId:guid}/assignment",
                async (Guid requestId, AssignmentRequest? body, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
                    Respond(response, await sender.Send(new AssignProfessional(requestId, request.IfMatch(), body?.ProfessionalId), ct)))
            .RequireAuthorization(p => p.RequireRole(Manage))
            .WithName("AssignProfessional")
            .WithSummary("Assigns the chosen professional or the best match (422 no-capacity, professional-inactive, professional-unsuitable, professional-over-capacity).")
            .Accepts<AssignmentRequest>(isOptional: true, "application/json")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        MapChange<HoursRequest>(requests, "/hours", "LogExpertiseHours", Manage,
            "Logs the assigned professional's hours on a date (422 working-day-exceeded, request-hours-exceeded, request-not-assigned, request-closed).",
            (id, ifMatch, b) => b.ToCommand(id, ifMatch));
        MapChange<CompletionRequest>(requests, "/completion", "CompleteExpertiseRequest", Manage,
            "Completes an assigned request (422 request-not-assigned, request-closed).",
            (id, ifMatch, b) => b.ToCommand(id, ifMatch));
        MapChange<CancellationRequest>(requests, "/cancellation", "CancelExpertiseRequest", [Roles.School, Roles.Coordinator, Roles.Admin],
            "Cancels a waiting or assigned request with a reason (422 request-closed).",
            (id, ifMatch, b) => b.ToCommand(id, ifMatch));
    }

    private static void MapChange<TBody>(
        RouteGroupBuilder requests, string path, string name, string[] roles, string summary, Func<Guid, string?, TBody, Mediator.ICommand<ExpertiseRequestDto>> command) =>
        requests.MapPost("/{requestId:guid}" + path, async (Guid requestId, TBody body, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
                Respond(response, await sender.Send(command(requestId, request.IfMatch(), body), ct)))
            .RequireAuthorization(p => p.RequireRole(roles))
            .WithName(name).WithSummary(summary)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    // The query string was checked against the document's values before the endpoint ran.
    private static TEnum? Wire<TEnum>(string? value) where TEnum : struct, Enum => value is null ? null : WireName.Parse<TEnum>(value);

    private static Ok<ExpertiseRequestDto> Respond(HttpResponse response, ExpertiseRequestDto request)
    {
        response.SetETag(request.Version);
        return TypedResults.Ok(request);
    }
}
