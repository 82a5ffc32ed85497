using GeenKindDeBuurtUit.Platform.Auditing;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;
using GeenKindDeBuurtUit.Neighbourhoods.Application;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GeenKindDeBuurtUit.Neighbourhoods.Infrastructure.Api;

internal static class NeighbourhoodsEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var reference = api.MapGroup("").WithTags("Reference data");
        reference.MapGet("/areas", (ISender sender, CancellationToken ct) => sender.Send(new ListAreas(), ct))
            .WithName("ListAreas").WithSummary("The programme's areas (gebieden).");
        reference.MapGet("/boards", (ISender sender, CancellationToken ct) => sender.Send(new ListBoards(), ct))
            .WithName("ListBoards").WithSummary("The school boards (schoolbesturen).");
        reference.MapGet("/clusters", (ISender sender, CancellationToken ct) => sender.Send(new ListClusters(), ct))
            .WithName("ListClusters").WithSummary("The neighbourhood clusters (bondjes) with their schools.");
        reference.MapGet("/schools", (ISender sender, CancellationToken ct) => sender.Send(new ListSchools(), ct))
            .WithName("ListSchools").WithSummary("The schools with their board, cluster and area.");
        reference.MapGet("/schools/{schoolId:guid}", async (Guid schoolId, ISender sender, HttpResponse response, CancellationToken ct) =>
                response.OkWithETag(await sender.Send(new GetSchool(schoolId), ct), s => s.Version))
            .WithName("GetSchool").WithSummary("One school; the ETag is its version, for the If-Match of a move.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        // Every write is audited: who changed the reference data the money and the figures hang on.
        var admin = api.MapGroup("").WithTags("Reference data").RequireAuthorization(p => p.RequireRole(Roles.Admin));
        admin.MapPost("/areas", async (RegisterAreaRequest body, ISender sender, CancellationToken ct) =>
            {
                var area = await sender.Send(body.ToCommand(), ct);
                return TypedResults.Created($"/api/v1/areas/{area.Id}", area);
            })
            .Audited("area").WithName("RegisterArea").WithSummary("Registers an area (admin).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPost("/clusters", async (RegisterClusterRequest body, ISender sender, CancellationToken ct) =>
            {
                var cluster = await sender.Send(body.ToCommand(), ct);
                return TypedResults.Created($"/api/v1/clusters/{cluster.Id}", cluster);
            })
            .Audited("cluster").WithName("RegisterCluster").WithSummary("Registers an empty cluster in an area (admin); schools join it by registration or a move.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPost("/boards", async (RegisterBoardRequest body, ISender sender, CancellationToken ct) =>
            {
                var board = await sender.Send(body.ToCommand(), ct);
                return TypedResults.Created($"/api/v1/boards/{board.Id}", board);
            })
            .Audited("board").WithName("RegisterBoard").WithSummary("Registers a school board (admin).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPost("/schools", async (RegisterSchoolRequest body, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                var school = await sender.Send(body.ToCommand(), ct);
                response.SetETag(school.Version);
                return TypedResults.Created($"/api/v1/schools/{school.Id}", school);
            })
            .Audited("school").WithName("RegisterSchool").WithSummary("Registers a school in a cluster (admin).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        admin.MapPost("/schools/{schoolId:guid}/move", async (Guid schoolId, MoveSchoolRequest body, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
                response.OkWithETag(await sender.Send(body.ToCommand(schoolId, request.IfMatch()), ct), s => s.Version))
            .Audited("school", idRouteValue: "schoolId").WithName("MoveSchool").WithSummary("Moves a school to another cluster (admin); takes If-Match with the school's version.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        admin.MapPut("/schools/{schoolId:guid}/location", async (Guid schoolId, LocateSchoolRequest body, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
                response.OkWithETag(await sender.Send(body.ToCommand(schoolId, request.IfMatch()), ct), s => s.Version))
            .Audited("school", idRouteValue: "schoolId").WithName("LocateSchool")
            .WithSummary("Sets a school's real point on the map (admin), replacing its placeholder; takes If-Match with the school's version.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }
}
