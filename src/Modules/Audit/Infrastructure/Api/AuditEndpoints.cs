using GeenKindDeBuurtUit.Audit.Application;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GeenKindDeBuurtUit.Audit.Infrastructure.Api;

internal static class AuditEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var audit = api.MapGroup("/audit").WithTags("Audit").RequireAuthorization(p => p.RequireRole(Roles.Admin));

        audit.MapGet("", async (string? objectId, string? actor, string? from, string? to, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListAuditRecords(objectId, actor, from, to, page, pageSize), ct)))
            .WithName("ListAuditRecords")
            .WithSummary("Audit records of accesses to pupil-level data, newest first, by object id, actor (sub) and period (from/to: a date or a timestamp with offset, inclusive) (admin).")
            .Produces<PagedList<AuditRecordDto>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);

        audit.MapGet("/verification", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new VerifyAuditChain(), ct)))
            .WithName("VerifyAuditTrail")
            .WithSummary("Recomputes the hash chain over every stored record: valid false when a record was changed, removed or reordered (admin).")
            .Produces<AuditVerificationDto>().ProducesProblem(StatusCodes.Status403Forbidden);
    }
}
