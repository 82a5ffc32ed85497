using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;
using GeenKindDeBuurtUit.Monitoring.Application.YearEnd;
using GeenKindDeBuurtUit.Platform.Auditing;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Api;

/// <summary>
/// A school year's figures closed as published, and reopened with a reason (docs/adr/0052). The
/// closure is a resource of its own: its ETag is the year's revision, and both changes take If-Match.
/// </summary>
internal static class YearEndEndpoints
{
    private const string AuditObject = "school-year-figures";

    public static void Map(RouteGroupBuilder monitoring)
    {
        var year = monitoring.MapGroup("/years/{schoolYear}");

        year.MapGet("/closure", async (string schoolYear, ISender sender, HttpResponse response, CancellationToken ct) =>
                response.OkWithETag(await sender.Send(new GetFiguresClosure(schoolYear), ct), Revision))
            .WithName("GetFiguresClosure").WithSummary("Whether the school year's figures are closed, with every closing and reopening; the ETag is the revision (0 until first closed).")
            .ProducesValidationProblem();

        year.MapPost("/closure", async (string schoolYear, FiguresClosureRequest body, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
                response.OkWithETag(await sender.Send(body.ToCommand(schoolYear, request.IfMatch()), ct), Revision))
            .RequireAuthorization(p => p.RequireRole(Roles.Swv, Roles.Admin)).Audited(AuditObject)
            .WithName("CloseFigures").WithSummary("Closes the school year's figures as published (422 school-year-not-ended before 1 August after it, 422 school-year-closed when already closed); takes If-Match with the revision.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        year.MapPost("/reopening", async (string schoolYear, FiguresReopeningRequest body, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
                response.OkWithETag(await sender.Send(body.ToCommand(schoolYear, request.IfMatch()), ct), Revision))
            .RequireAuthorization(p => p.RequireRole(Roles.Swv, Roles.Admin)).Audited(AuditObject)
            .WithName("ReopenFigures").WithSummary("Reopens the school year's closed figures with a reason (422 school-year-not-closed when open); takes If-Match with the revision.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static string Revision(FiguresClosureDto closure) => closure.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
