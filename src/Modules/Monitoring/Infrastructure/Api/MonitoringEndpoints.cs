using GeenKindDeBuurtUit.Platform.Auditing;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;
using GeenKindDeBuurtUit.Monitoring.Application.Budget;
using GeenKindDeBuurtUit.Monitoring.Application.Observations;
using GeenKindDeBuurtUit.Monitoring.Application.Pool;
using GeenKindDeBuurtUit.Monitoring.Application.Referrals;
using GeenKindDeBuurtUit.Monitoring.Application.Support;
using GeenKindDeBuurtUit.Monitoring.Application.Targets;
using GeenKindDeBuurtUit.Monitoring.Application.Thuiszitters;
using GeenKindDeBuurtUit.Monitoring.Application.Trend;
using GeenKindDeBuurtUit.Monitoring.Domain;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static GeenKindDeBuurtUit.Monitoring.Infrastructure.Api.CsvAnswer;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Api;

internal static class MonitoringEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var monitoring = api.MapGroup("/monitoring").WithTags("Monitoring")
            .RequireAuthorization(p => p.RequireRole(Roles.Analyst, Roles.Swv, Roles.Admin));

        monitoring.MapGet("/referrals", async (string? schoolYear, [WireValues(typeof(UnitLevel))] string? groupBy, ISender sender, HttpRequest request, CancellationToken ct) =>
                JsonOrCsv(request, await sender.Send(new GetReferralFigures(schoolYear, Level(groupBy)), ct), MonitoringCsv.Rows, f => $"referrals-{f.SchoolYear}-{f.GroupBy}.csv"))
            .WithName("GetReferralFigures").WithSummary("Referrals per area, cluster or school against the year before and the target; small counts hidden from analysts.")
            .Produces<ReferralFigures>(StatusCodes.Status200OK, "application/json", MediaType).ProducesValidationProblem();

        monitoring.MapGet("/thuiszitters", async (string? schoolYear, ISender sender, HttpRequest request, CancellationToken ct) =>
                JsonOrCsv(request, await sender.Send(new GetThuiszitterFigures(schoolYear), ct), MonitoringCsv.Rows, f => $"thuiszitters-{f.SchoolYear}.csv"))
            .WithName("GetThuiszitterFigures").WithSummary("Per area: children at home without education now and during the year, escalations, and referrals next to them.")
            .Produces<ThuiszitterFigures>(StatusCodes.Status200OK, "application/json", MediaType).ProducesValidationProblem();

        monitoring.MapGet("/support", async (string? schoolYear, [WireValues(typeof(UnitLevel))] string? groupBy, ISender sender, HttpRequest request, CancellationToken ct) =>
                JsonOrCsv(request, await sender.Send(new GetSupportFigures(schoolYear, Level(groupBy)), ct), MonitoringCsv.Rows, f => $"support-{f.SchoolYear}-{f.GroupBy}.csv"))
            .WithName("GetSupportFigures").WithSummary("Open cases per support level, OPPs, level changes and collective approaches; small counts hidden from analysts.")
            .Produces<SupportFigures>(StatusCodes.Status200OK, "application/json", MediaType).ProducesValidationProblem();

        monitoring.MapGet("/trend", async (Guid? areaId, ISender sender, HttpRequest request, CancellationToken ct) =>
                JsonOrCsv(request, await sender.Send(new GetAreaTrend(areaId), ct), MonitoringCsv.Rows, _ => $"trend-{areaId}.csv"))
            .WithName("GetAreaTrend").WithSummary("One area over every school year: referrals against the target, thuiszitters, escalations.")
            .Produces<AreaTrend>(StatusCodes.Status200OK, "application/json", MediaType).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        monitoring.MapGet("/expertise", async (string? schoolYear, ISender sender, HttpRequest request, CancellationToken ct) =>
                JsonOrCsv(request, await sender.Send(new GetExpertiseFigures(schoolYear), ct), MonitoringCsv.Rows, f => $"expertise-{f.SchoolYear}.csv"))
            .WithName("GetExpertiseFigures").WithSummary("Per area and expertise: requests, hours, time from request to a professional (median, 90th percentile), requests still waiting.")
            .Produces<ExpertiseFigures>(StatusCodes.Status200OK, "application/json", MediaType).ProducesValidationProblem();

        monitoring.MapGet("/budget", async (string? schoolYear, ISender sender, HttpRequest request, CancellationToken ct) =>
                JsonOrCsv(request, await sender.Send(new GetBudgetFigures(schoolYear), ct), MonitoringCsv.Rows, f => $"budget-{f.SchoolYear}.csv"))
            .WithName("GetBudgetFigures").WithSummary("Per area: pooled, freed, allocated and spent, as the collective budget last recalculated them.")
            .Produces<BudgetFigures>(StatusCodes.Status200OK, "application/json", MediaType).ProducesValidationProblem();

        monitoring.MapGet("/targets", async (ISender sender, HttpRequest request, CancellationToken ct) =>
                JsonOrCsv(request, await sender.Send(new ListTargets(), ct), MonitoringCsv.Rows, _ => "targets.csv"))
            .WithName("ListTargets").WithSummary("The reduction target of each school year that has one.")
            .Produces<IReadOnlyList<TargetDto>>(StatusCodes.Status200OK, "application/json", MediaType);

        // One target is a resource to change with If-Match: JSON only, so its ETag (the version) names one representation.
        monitoring.MapGet("/targets/{schoolYear}", async (string schoolYear, ISender sender, HttpResponse response, CancellationToken ct) =>
                response.OkWithETag(await sender.Send(new GetTarget(schoolYear), ct), t => t.Version))
            .WithName("GetTarget").WithSummary("One school year's reduction target; the ETag is its version (0 until an admin sets the year).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        monitoring.MapPut("/targets/{schoolYear}", async (string schoolYear, TargetRequest body, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
                response.OkWithETag(await sender.Send(body.ToCommand(schoolYear, request.IfMatch()), ct), t => t.Version))
            .RequireAuthorization(p => p.RequireRole(Roles.Admin)).Audited("target")
            .WithName("SetTarget").WithSummary("Sets a school year's reduction target in percent (admin); takes If-Match with the target's version.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status412PreconditionFailed);

        MapObservations(monitoring);
        YearEndEndpoints.Map(monitoring);
    }

    // The document lets only a level's wire name through (docs/adr/0027).
    private static UnitLevel? Level(string? groupBy) => groupBy is null ? null : WireName.Parse<UnitLevel>(groupBy);

    private static void MapObservations(RouteGroupBuilder monitoring)
    {
        monitoring.MapPost("/observations", async (ObservationRequest body, ISender sender, CancellationToken ct) =>
            {
                var observation = await sender.Send(body.ToCommand(), ct);
                return TypedResults.Created($"/api/v1/monitoring/observations/{observation.Id}", observation);
            })
            .Audited("observation")
            .WithName("RecordObservation").WithSummary("Records an observation or story about an area or cluster, tagged with guiding principles 1-7.")
            .ProducesValidationProblem();

        monitoring.MapGet("/observations", async (int? principle, Guid? areaId, DateOnly? from, DateOnly? to, int? page, int? pageSize, ISender sender, HttpRequest request, CancellationToken ct) =>
                JsonOrCsv(request, await sender.Send(new ListObservations(principle, areaId, from, to, page, pageSize), ct), MonitoringCsv.Rows, l => $"observations-page-{l.Page}.csv"))
            .WithName("ListObservations").WithSummary("Observations by guiding principle, area and period, newest first; CSV holds the same page.")
            .Produces<PagedList<ObservationDto>>(StatusCodes.Status200OK, "application/json", MediaType).ProducesValidationProblem();

        // An observation never changes: its ETag is a hash of its content and of the representation asked for.
        monitoring.MapGet("/observations/{observationId:guid}", async (Guid observationId, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
                JsonOrCsv(request, response.WithContentETag(await sender.Send(new GetObservation(observationId), ct), request.Headers.Accept.ToString()), o => MonitoringCsv.Rows(new PagedList<ObservationDto>([o], 1, 1, 1)), _ => $"observation-{observationId}.csv"))
            .WithName("GetObservation").WithSummary("One observation.")
            .Produces<ObservationDto>(StatusCodes.Status200OK, "application/json", MediaType).ProducesProblem(StatusCodes.Status404NotFound);
    }
}
