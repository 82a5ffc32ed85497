using GeenKindDeBuurtUit.Platform.Auditing;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;
using GeenKindDeBuurtUit.ExpertisePool.Application.Professionals;
using GeenKindDeBuurtUit.Platform.CsvImport;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ExpertiseArea = GeenKindDeBuurtUit.ExpertisePool.Domain.Professionals.Expertise;

namespace GeenKindDeBuurtUit.ExpertisePool.Infrastructure.Api;

/// <summary>The pool's professionals. There is no delete: a professional is deactivated, and past work keeps pointing at them.</summary>
internal static class ProfessionalEndpoints
{
    private const string Base = "/api/v1/professionals";

    // The register is reference data: who added or deactivated a professional is in the audit trail, its many reads are not.
    private const string ProfessionalObject = "professional";

    public static void Map(IEndpointRouteBuilder api)
    {
        var professionals = api.MapGroup("/professionals").WithTags("Expertise pool")
            .RequireAuthorization(p => p.RequireRole(Roles.Coordinator, Roles.Admin, Roles.Swv));
        var manage = new[] { Roles.Coordinator, Roles.Admin };

        professionals.MapPost("", async (RegisterProfessionalRequest body, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                var created = await sender.Send(body.ToCommand(), ct);
                response.SetETag(created.Version);
                return TypedResults.Created($"{Base}/{created.Id}", created);
            })
            .RequireAuthorization(p => p.RequireRole(manage))
            .Audited(ProfessionalObject).WithName("RegisterProfessional").WithSummary("Registers a professional of the pool with expertise, areas and hours per week.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);

        professionals.MapPost("/import", ProfessionalImportEndpoint.ImportAsync)
            .AcceptsCsv(ProfessionalImportFile.Format)
            .RequireAuthorization(p => p.RequireRole(manage))
            .Audited(ProfessionalObject).WithName("ImportProfessionals")
            .WithSummary("Registers the professionals of a CSV file, all or nothing; `dryRun=true` only checks. One already in the pool (same name and organisation) is reported, not changed.")
            .Produces<ProfessionalImportDto>(StatusCodes.Status201Created).Produces<ProfessionalImportDto>(StatusCodes.Status200OK)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        professionals.MapGet("", async ([WireValues(typeof(ExpertiseArea))] string? expertise, Guid? areaId, bool? active, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListProfessionals(expertise is null ? null : WireName.Parse<ExpertiseArea>(expertise), areaId, active, page, pageSize), ct)))
            .WithName("ListProfessionals").WithSummary("Professionals by expertise, area and whether they are active, by name.")
            .ProducesValidationProblem();

        professionals.MapGet("/{professionalId:guid}", async (Guid professionalId, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                var professional = await sender.Send(new GetProfessional(professionalId), ct);
                response.SetETag(professional.Version);
                return TypedResults.Ok(professional);
            })
            .WithName("GetProfessional").WithSummary("One professional; the ETag is its version.").ProducesProblem(StatusCodes.Status404NotFound);

        professionals.MapPost("/{professionalId:guid}/deactivation",
                async (Guid professionalId, DeactivationRequest body, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
                {
                    var professional = await sender.Send(body.ToCommand(professionalId, request.IfMatch()), ct);
                    response.SetETag(professional.Version);
                    return TypedResults.Ok(professional);
                })
            .RequireAuthorization(p => p.RequireRole(manage))
            .Audited(ProfessionalObject, idRouteValue: "professionalId").WithName("DeactivateProfessional").WithSummary("The professional takes no new assignments; open ones are finished (422 professional-inactive).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        // Computed from the work of many requests: its ETag is a hash of the answer.
        professionals.MapGet("/{professionalId:guid}/load", async (Guid professionalId, int? weeks, ISender sender, HttpResponse response, CancellationToken ct) =>
                TypedResults.Ok(response.WithContentETag(await sender.Send(new GetProfessionalLoad(professionalId, weeks), ct))))
            .WithName("GetProfessionalLoad").WithSummary("Hours per ISO week: the past weeks as logged, the current week with the open work.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }
}
