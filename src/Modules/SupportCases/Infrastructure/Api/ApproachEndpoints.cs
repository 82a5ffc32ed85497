using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;
using GeenKindDeBuurtUit.SupportCases.Application.Approaches;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GeenKindDeBuurtUit.SupportCases.Infrastructure.Api;

internal static class ApproachEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var approaches = api.MapGroup("/collective-approaches").WithTags("Collective approaches")
            .RequireAuthorization(p => p.RequireRole(Roles.School, Roles.Swv, Roles.Admin));

        approaches.MapPost("", async (AgreeApproachRequest body, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                var approach = await sender.Send(body.ToCommand(), ct);
                response.SetETag(approach.Version);
                return TypedResults.Created($"/api/v1/collective-approaches/{approach.Id}", approach);
            })
            .WithName("AgreeCollectiveApproach").WithSummary("Records a collective approach agreed by a school, cluster or area.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);

        approaches.MapGet("", async (int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListCollectiveApproaches(page, pageSize), ct)))
            .WithName("ListCollectiveApproaches").WithSummary("Collective approaches that involve the caller's schools.")
            .ProducesValidationProblem();

        approaches.MapGet("/{approachId:guid}", async (Guid approachId, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                var approach = await sender.Send(new GetCollectiveApproach(approachId), ct);
                response.SetETag(approach.Version);
                return TypedResults.Ok(approach);
            })
            .WithName("GetCollectiveApproach").WithSummary("One collective approach.").ProducesProblem(StatusCodes.Status404NotFound);
    }
}
