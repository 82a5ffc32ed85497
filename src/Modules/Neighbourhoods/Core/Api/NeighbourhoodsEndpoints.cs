using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;
using GeenKindDeBuurtUit.Neighbourhoods.Application;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GeenKindDeBuurtUit.Neighbourhoods.Api;

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
                var area = await sender.Send(new RegisterArea(body.Name), ct);
                return TypedResults.Created($"/api/v1/areas/{area.Id}", area);
            })
            .Audited("area").WithName("RegisterArea").WithSummary("Registers an area (admin).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPost("/clusters", async (RegisterClusterRequest body, ISender sender, CancellationToken ct) =>
            {
                var cluster = await sender.Send(new RegisterCluster(body.Name, body.AreaId), ct);
                return TypedResults.Created($"/api/v1/clusters/{cluster.Id}", cluster);
            })
            .Audited("cluster").WithName("RegisterCluster").WithSummary("Registers an empty cluster in an area (admin); schools join it by registration or a move.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPost("/boards", async (RegisterBoardRequest body, ISender sender, CancellationToken ct) =>
            {
                var board = await sender.Send(new RegisterBoard(body.Name), ct);
                return TypedResults.Created($"/api/v1/boards/{board.Id}", board);
            })
            .Audited("board").WithName("RegisterBoard").WithSummary("Registers a school board (admin).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPost("/schools", async (RegisterSchoolRequest body, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                var school = await sender.Send(new RegisterSchool(body.Name, body.Brin, body.BoardId, body.ClusterId), ct);
                response.SetETag(school.Version);
                return TypedResults.Created($"/api/v1/schools/{school.Id}", school);
            })
            .Audited("school").WithName("RegisterSchool").WithSummary("Registers a school in a cluster (admin).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        admin.MapPost("/schools/{schoolId:guid}/move", async (Guid schoolId, MoveSchoolRequest body, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
                response.OkWithETag(await sender.Send(new MoveSchool(schoolId, request.IfMatch(), body.ClusterId), ct), s => s.Version))
            .Audited("school", idRouteValue: "schoolId").WithName("MoveSchool").WithSummary("Moves a school to another cluster (admin); takes If-Match with the school's version.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}

// The attributes are the wire shape the OpenAPI document publishes and the API checks before binding (docs/adr/0027).
internal sealed record RegisterAreaRequest([property: Required, StringLength(200, MinimumLength = 1)] string? Name)
{
    public static RegisterAreaRequest Example => new("Geuzenveld-Slotermeer");
}

internal sealed record RegisterClusterRequest([property: Required, StringLength(200, MinimumLength = 1)] string? Name, [property: Required] Guid? AreaId)
{
    public static RegisterClusterRequest Example => new("Osdorp cluster 4", PilotExamples.Area);
}

internal sealed record RegisterBoardRequest([property: Required, StringLength(200, MinimumLength = 1)] string? Name)
{
    public static RegisterBoardRequest Example => new("Placeholder board D (example, not a real board)");
}

internal sealed record RegisterSchoolRequest(
    [property: Required, StringLength(200, MinimumLength = 1)] string? Name,
    [property: RegularExpression("^[0-9]{2}[A-Z0-9]{2}$"), Description("The school's BRIN code (DUO), e.g. 12AB; null when unknown.")] string? Brin,
    [property: Required] Guid? BoardId,
    [property: Required] Guid? ClusterId)
{
    public static RegisterSchoolRequest Example => new("IKC De Vlinder (example)", null, PilotExamples.Board, PilotExamples.Cluster);
}

internal sealed record MoveSchoolRequest([property: Required] Guid? ClusterId)
{
    public static MoveSchoolRequest Example => new(PilotExamples.Cluster);
}
